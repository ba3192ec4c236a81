package io.watchfloor.recordings.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.recordings.EvidenceReference;
import io.watchfloor.recordings.HoldKind;
import io.watchfloor.recordings.HoldReason;
import io.watchfloor.recordings.LockMode;
import io.watchfloor.recordings.MediaLocation;
import io.watchfloor.recordings.RecordingsModule;
import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.SegmentId;
import io.watchfloor.recordings.port.in.PlaceHold;
import io.watchfloor.recordings.port.in.RelieveStoragePressure;
import io.watchfloor.recordings.port.in.SweepRetention;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import io.watchfloor.testkit.recordings.Interleaving;
import io.watchfloor.testkit.recordings.RecordingsFixture;
import io.watchfloor.testkit.recordings.RecordingsGens;
import io.watchfloor.testkit.recordings.RecordingsGens.Built;
import io.watchfloor.testkit.recordings.RecordingsGens.World;
import io.watchfloor.testkit.recordings.RetentionLaws;
import io.watchfloor.testkit.recordings.SimulatedCrash;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Destruction against holds, with no window (ADR 0006): random worlds are swept (or relieved of storage
 * pressure) while the recording store fails some deletions, then resumed; a hold, an evidence lock or a
 * case reference is committed at any step of the two runs (before and after each unit of work and each
 * media deletion: each record, claim, delete and completion), and the process crashes at any step.
 * {@value #DEFAULT_TRIES} tries by default; {@code -Dwatchfloor.tries=N} sets another number.
 */
@DisplayName("Destruction interleaved with holds, references and crashes (properties)")
class DestructionInterleavingPropertiesTest {

    static final int DEFAULT_TRIES = 10_000;

    /** {@code -Dwatchfloor.tries} when set, else {@value #DEFAULT_TRIES}. */
    static int tries() {
        String set = System.getProperty("watchfloor.tries");
        return set == null || set.isBlank() ? DEFAULT_TRIES : Integer.parseInt(set.trim());
    }

    /** What another actor does at one step: a hold or lock placed, or a case reference opened. */
    record Protect(int kind, Set<Integer> cameras, int startHour, int lengthHours, int expiryHours) {
        boolean isReference() {
            return kind == 3;
        }
    }

    /** One run: how the first run destroys, which deletions fail in it, and where, as a share of the steps, the protection and the crash come. */
    record Plan(boolean pressure, int batch, int failing, double protectAt, Protect protect, double crashAt) {
    }

    static Gen<Protect> protections() {
        return source -> new Protect(source.draw(Gens.integers(0, 3)), source.draw(Gens.sets(Gens.integers(0, RecordingsGens.CAMERAS - 1), 1, 2)),
                source.draw(Gens.integers(0, 30 * 24)), source.draw(Gens.integers(1, 96)), source.draw(Gens.integers(1, 2_000)));
    }

    static Gen<Plan> plans(boolean crash) {
        return source -> new Plan(source.draw(Gens.integers(0, 4)) == 0, source.draw(Gens.integers(1, 4)),
                source.draw(Gens.integers(0, (1 << RecordingsGens.MAX_SEGMENTS) - 1)) & source.draw(Gens.integers(0, (1 << RecordingsGens.MAX_SEGMENTS) - 1)),
                source.draw(Gens.doubles(0, 1)), source.draw(protections()), crash ? source.draw(Gens.doubles(0, 1)) : -1);
    }

    /** Worlds whose policy mostly sets a maximum, so the sweep has footage to destroy. */
    static Gen<World> worlds() {
        return RecordingsGens.policies().filter(p -> p.maximum() != null).flatMap(RecordingsGens::worlds);
    }

    /** Late instants, when most footage may go. */
    static Gen<Instant> lateInstants() {
        return Gens.integers(30 * 24, RecordingsGens.HORIZON_HOURS).map(RecordingsGens::hour);
    }

    /** What a run saw: the placement of the hold, if one was placed, and whether the process crashed. */
    static final class Outcome {
        PlaceHold.Placement placement;
        boolean protectedSomething;
        boolean crashed;
        int steps;
    }

    /** Runs the first run and the resume over a freshly built world, acting at the given steps ({@code -1}: never). */
    static Outcome run(World world, Instant at, Plan plan, int protectStep, int crashStep) {
        Built built = world.build();
        RecordingsFixture f = built.fixture();
        Outcome outcome = new Outcome();
        Interleaving stepped = Interleaving.over(f, step -> {
            if (step == protectStep) {
                protect(f, at, plan.protect(), outcome);
            }
            if (step == crashStep) {
                outcome.crashed = true;
                throw new SimulatedCrash("crashed at step " + step);
            }
        });
        RecordingsModule m = stepped.module();
        f.clock.set(at);
        Set<MediaLocation> failing = new HashSet<>();
        for (int i = 0; i < built.segments().size(); i++) {
            if ((plan.failing() & (1 << i)) != 0) {
                failing.add(built.segments().get(i).location());
            }
        }
        f.store.failDeletes(failing::contains);
        try {
            if (plan.pressure()) {
                Map<CameraId, Long> rates = new LinkedHashMap<>();
                rates.put(RecordingsGens.camera(0), 1_000L);
                m.relieveStoragePressure().relieve(new RelieveStoragePressure.Command(RecordingsGens.AREAS.get(plan.batch() % 2), 0, rates));
            } else {
                m.sweepRetention().sweep(new SweepRetention.Command(plan.batch()));
            }
        } catch (SimulatedCrash crashed) {
            // the centre restarts
        }
        f.store.failDeletes(location -> false);
        try {
            m.sweepRetention().sweep(new SweepRetention.Command(plan.batch()));
        } catch (SimulatedCrash crashed) {
            // and restarts again
        }
        outcome.steps = stepped.steps();
        if (protectStep >= 0 && !outcome.protectedSomething) {
            protect(f, at, plan.protect(), outcome);
        }
        f.store.crashAfter(0);
        f.module.sweepRetention().sweep(SweepRetention.Command.standard());
        check(built, outcome);
        return outcome;
    }

    private static void protect(RecordingsFixture f, Instant at, Protect p, Outcome outcome) {
        TimeRange range = new TimeRange(RecordingsGens.hour(p.startHour()), RecordingsGens.hour(p.startHour() + p.lengthHours()));
        Set<CameraId> cameras = p.cameras().stream().map(RecordingsGens::camera).collect(Collectors.toSet());
        if (p.isReference()) {
            cameras.forEach(c -> f.references.refer(EvidenceReference.byCase(CaseId.newId(), c, range)));
        } else {
            HoldKind kind = p.kind() == 0 ? HoldKind.LEGAL_HOLD : HoldKind.EVIDENCE_LOCK;
            LockMode mode = p.kind() == 1 ? LockMode.GOVERNANCE : p.kind() == 2 ? LockMode.COMPLIANCE : null;
            Instant expiry = kind == HoldKind.LEGAL_HOLD ? null : at.plus(Duration.ofHours(p.expiryHours()));
            outcome.placement = f.module.placeHold().place(new PlaceHold.Command(f.head.id(), kind, mode, cameras, range.start(), range.end(),
                    HoldReason.THEFT, CaseId.newId(), null, "placed while footage was being destroyed", expiry));
        }
        outcome.protectedSomething = true;
    }

    /** The laws, and the placement's honesty: every covered segment deleted was reported as claimed or destroyed. */
    private static void check(Built built, Outcome outcome) {
        RecordingsFixture f = built.fixture();
        RetentionLaws.nothingProtectedWasDeleted(f, built.segments());
        RetentionLaws.everyDestructionHasExactlyOneRecord(f, built.segments());
        if (outcome.placement != null) {
            Set<SegmentId> reported = new HashSet<>(outcome.placement.alreadyClaimed());
            reported.addAll(outcome.placement.alreadyDestroyed());
            Set<MediaLocation> deleted = new HashSet<>(f.store.deleted());
            for (Segment s : built.segments()) {
                boolean covered = outcome.placement.hold().covers(s.camera(), s.range());
                if (covered && deleted.contains(s.location())) {
                    assertTrue(reported.contains(s.id()), "segment " + s.id() + " was deleted under the hold but not reported as lost");
                }
            }
            for (SegmentId destroyed : outcome.placement.alreadyDestroyed()) {
                assertTrue(f.segments.find(destroyed).isEmpty(), "reported destroyed but still listed: " + destroyed);
            }
            Property.classify(!outcome.placement.lostNothing(), "the hold came too late for something");
        }
    }

    /**
     * A step drawn from the share {@code at} of a span that covers every step the two runs of this world
     * can take: recording each batch, and claiming, deleting and completing or failing each segment, in
     * the first run and again in the resume. Where a world takes fewer steps, the protection comes after
     * both runs, before the last sweep.
     */
    static int stepOf(World world, Plan plan, double at) {
        int n = world.segments().size();
        int span = 6 * n + 2 * (n / plan.batch() + 1) + 4;
        return (int) Math.floor(at * span);
    }

    @Test
    @Tag("RET-04")
    @DisplayName("a hold, lock or case reference committed at any step of a run or a resume saves every segment not yet claimed; the hold reports what it came too late for")
    void protectionAtEveryStep() {
        Property.forAll(worlds(), lateInstants(), plans(false)).tries(tries())
                .named("RET-04/RET-06 no window between the claim and the hold")
                .check((world, at, plan) -> {
                    int protectStep = stepOf(world, plan, plan.protectAt());
                    Outcome outcome = run(world, at, plan, protectStep, -1);
                    Property.classify(protectStep > 0 && protectStep < outcome.steps, "protected while destroying");
                    Property.classify(outcome.steps > 0, "stepped at all");
                    Property.classify(plan.failing() != 0 && outcome.steps > 0, "some deletions failed");
                });
    }

    @Test
    @Tag("RET-06")
    @DisplayName("a crash at any step of a run or a resume, with a hold at any other, never deletes media without its claim nor protected footage, and leaves one record per destruction")
    void crashAtEveryStep() {
        Property.forAll(worlds(), lateInstants(), plans(true)).tries(tries())
                .named("RET-06 crash at every step")
                .check((world, at, plan) -> {
                    int crashStep = stepOf(world, plan, plan.crashAt());
                    int protectStep = stepOf(world, plan, plan.protectAt());
                    Outcome outcome = run(world, at, plan, protectStep, crashStep);
                    Property.classify(outcome.crashed, "crashed");
                    Property.classify(outcome.crashed && protectStep < crashStep, "protected, then crashed");
                });
    }
}
