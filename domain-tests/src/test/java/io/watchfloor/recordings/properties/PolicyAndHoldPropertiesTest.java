package io.watchfloor.recordings.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.Person;
import io.watchfloor.recordings.Decision;
import io.watchfloor.recordings.EvidenceReference;
import io.watchfloor.recordings.Hold;
import io.watchfloor.recordings.HoldKind;
import io.watchfloor.recordings.HoldReason;
import io.watchfloor.recordings.LockMode;
import io.watchfloor.recordings.ProtectionIndex;
import io.watchfloor.recordings.RetentionPolicy;
import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.port.in.AdoptRetentionPolicy;
import io.watchfloor.recordings.port.in.ChangeHold;
import io.watchfloor.recordings.port.in.PlaceHold;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import io.watchfloor.testkit.recordings.RecordingsFixture;
import io.watchfloor.testkit.recordings.RecordingsGens;
import io.watchfloor.testkit.recordings.RecordingsGens.Built;
import io.watchfloor.testkit.recordings.RecordingsGens.HoldSpec;
import io.watchfloor.testkit.recordings.RecordingsGens.ReferenceSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Policies, keep-until, holds and the interval index (properties)")
class PolicyAndHoldPropertiesTest {

    static final int TRIES = 10_000;

    @Test
    @Tag("RET-02")
    @DisplayName("each segment's keep-until is its end plus the longest rule matching its zone, camera and trigger")
    void keepUntilIsTheLongestMatchingRule() {
        Property.forAll(RecordingsGens.worlds()).tries(TRIES).named("RET-02 keep-until from the longest rule").check(world -> {
            Built built = world.build();
            for (int i = 0; i < built.segments().size(); i++) {
                Segment s = built.segments().get(i);
                RetentionPolicy p = world.policy();
                Duration longest = p.zoneMinimum(world.cameras().get(world.segments().get(i).camera()).importance());
                for (Duration d : new Duration[] {p.cameraMinimums().get(s.camera()), p.triggerMinimums().get(s.trigger())}) {
                    if (d != null && d.compareTo(longest) > 0) {
                        longest = d;
                    }
                }
                assertEquals(s.range().end().plus(longest), s.keepUntil());
                assertTrue(p.maximum() == null || !s.keepUntil().isAfter(s.range().end().plus(p.maximum())));
            }
        });
    }

    @Test
    @Tag("RET-08")
    @DisplayName("adopting any other policy never changes the keep-until of footage already recorded, even reported late; footage recorded after it gets the new one")
    void shorteningNeverShortensExistingFootage() {
        Property.forAll(RecordingsGens.worlds(), RecordingsGens.policies()).tries(TRIES).named("RET-08 policy change never shortens").check((world, next) -> {
            Built built = world.build();
            RecordingsFixture f = built.fixture();
            f.module.adoptRetentionPolicy().adopt(new AdoptRetentionPolicy.Command(f.head.id(), next));
            for (Segment before : built.segments()) {
                Segment now = f.segments.get(before.id());
                assertEquals(before.keepUntil(), now.keepUntil());
                assertEquals(world.policy().name(), now.policy());
            }
            if (!world.segments().isEmpty()) {
                var report = world.report(0);
                var late = new io.watchfloor.recordings.port.in.RegisterSegments.Command(report.camera(), report.start(), report.end(),
                        report.area(), report.path() + ".late", report.sizeBytes(), report.sha256(), report.trigger());
                java.time.Instant adopted = f.clock.instant();
                var recordedAfter = new io.watchfloor.recordings.port.in.RegisterSegments.Command(report.camera(), adopted,
                        adopted.plus(java.time.Duration.between(report.start(), report.end())), report.area(), report.path() + ".new",
                        report.sizeBytes(), report.sha256(), report.trigger());
                Segment reportedLate = f.module.registerSegments().register(late);
                Segment fresh = f.module.registerSegments().register(recordedAfter);
                assertEquals(built.segments().get(0).keepUntil(), reportedLate.keepUntil(), "footage recorded before the change, reported after it");
                assertEquals(world.policy().name(), reportedLate.policy());
                assertEquals(next.keepUntil(fresh.camera(), fresh.importance(), fresh.trigger(), fresh.range().end()), fresh.keepUntil());
                Property.classify(next.minimumFor(fresh.camera(), fresh.importance(), fresh.trigger())
                        .compareTo(world.policy().minimumFor(fresh.camera(), fresh.importance(), fresh.trigger())) < 0, "new footage kept shorter");
            }
        });
    }

    /** An attempt on a compliance lock: shorten, release or extend, by someone, at an hour. */
    record Attempt(int kind, int who, int hour, int days) {
    }

    @Test
    @Tag("RET-09")
    @DisplayName("a compliance lock is never shortened nor released before it expires, whoever tries and whenever")
    void complianceLockNeverShortened() {
        Gen<Attempt> attempts = source -> new Attempt(source.draw(Gens.integers(0, 2)), source.draw(Gens.integers(0, 3)),
                source.draw(Gens.integers(0, 200 * 24)), source.draw(Gens.integers(1, 200)));
        Property.forAll(Gens.integers(1, 100), Gens.lists(attempts, 1, 8)).tries(TRIES).named("RET-09 compliance never shortened")
                .check((days, tries) -> {
                    RecordingsFixture f = new RecordingsFixture(RecordingsGens.T0);
                    CameraId camera = RecordingsGens.camera(0);
                    f.zones.place(camera, io.watchfloor.shared.ZoneImportance.ORDINARY);
                    Hold lock = f.module.placeHold().place(new PlaceHold.Command(f.shiftLeader.id(), HoldKind.EVIDENCE_LOCK, LockMode.COMPLIANCE,
                            Set.of(camera), RecordingsGens.T0, RecordingsGens.hour(1), HoldReason.ROBBERY, CaseId.newId(), null, "",
                            RecordingsGens.T0.plus(Duration.ofDays(days)))).hold();
                    List<Person> people = List.of(f.head, f.security, f.shiftLeader, f.operator);
                    Instant expiry = lock.expiresAt();
                    for (Attempt a : tries) {
                        f.clock.set(RecordingsGens.hour(a.hour()));
                        Person who = people.get(a.who());
                        Instant target = f.clock.instant().plus(Duration.ofDays(a.days()));
                        try {
                            switch (a.kind()) {
                                case 0 -> f.module.changeHold().shorten(new ChangeHold.Shorten(who.id(), lock.id(), target, "try"));
                                case 1 -> f.module.changeHold().release(new ChangeHold.Release(who.id(), lock.id(), "try"));
                                default -> f.module.changeHold().extend(new ChangeHold.Extend(who.id(), lock.id(), target));
                            }
                        } catch (RuleViolation | InvalidCommand refused) {
                            Property.classify(true, "refused");
                        }
                        Hold now = f.holds.get(lock.id());
                        assertFalse(now.expiresAt().isBefore(expiry), "the expiry moved earlier");
                        assertTrue(!now.isReleased() || !now.releasedAt().isBefore(now.expiresAt()), "released before it expired");
                        expiry = now.expiresAt();
                    }
                    assertTrue(f.events.ofType(io.watchfloor.recordings.RecordingsEvent.HoldShortened.class).isEmpty());
                });
    }

    @Test
    @Tag("RET-04")
    @DisplayName("the interval index finds exactly the holds in force and the references a scan of all of them finds")
    void indexAgreesWithScan() {
        Gen<List<HoldSpec>> holds = Gens.lists(RecordingsGens.holds(), 0, 12);
        Gen<List<ReferenceSpec>> references = Gens.lists(RecordingsGens.references(), 0, 6);
        Property.forAll(holds, references, RecordingsGens.segments(), RecordingsGens.instants()).tries(TRIES)
                .named("RET-04 index equals scan")
                .check((holdSpecs, referenceSpecs, segment, at) -> {
                    var by = io.watchfloor.people.PersonId.newId();
                    List<Hold> hs = holdSpecs.stream().map(h -> h.toHold(by)).toList();
                    List<EvidenceReference> rs = referenceSpecs.stream().map(ReferenceSpec::toReference).toList();
                    ProtectionIndex index = ProtectionIndex.of(hs, rs, at);
                    CameraId camera = RecordingsGens.camera(segment.camera());
                    TimeRange range = segment.range();
                    Set<Object> scanned = new HashSet<>();
                    hs.stream().filter(h -> h.protectsAt(at) && h.covers(camera, range)).forEach(h -> scanned.add(h.id()));
                    rs.stream().filter(r -> r.camera().equals(camera) && r.range().overlaps(range)).forEach(scanned::add);
                    Set<Object> indexed = new HashSet<>();
                    for (Decision.Reason reason : index.reasons(camera, range)) {
                        indexed.add(reason instanceof Decision.Held held ? held.hold() : ((Decision.Referenced) reason).reference());
                    }
                    assertEquals(scanned, indexed);
                    assertEquals(!scanned.isEmpty(), index.protects(camera, range));
                    Property.classify(!scanned.isEmpty(), "protected");
                });
    }

    @Test
    @Tag("RET-09")
    @DisplayName("any policy built with a maximum below one of its minimums is refused with RET-09")
    void maximumBelowMinimumRefused() {
        Property.forAll(Gens.integers(1, 400), Gens.integers(1, 400), Gens.integers(1, 400)).tries(TRIES).named("RET-09 max below min refused")
                .check((ordinary, important, maximum) -> {
                    boolean below = maximum < ordinary || maximum < important;
                    try {
                        RetentionPolicy.builder("p", io.watchfloor.recordings.ShortageChoice.ALARM_ONLY).ordinaryMinimum(Duration.ofDays(ordinary))
                                .importantMinimum(Duration.ofDays(important)).maximum(Duration.ofDays(maximum)).build();
                        assertFalse(below, "built a maximum below a minimum");
                    } catch (RuleViolation refused) {
                        assertTrue(below);
                        assertEquals("RET-09", refused.ruleId());
                    }
                    Property.classify(below, "below");
                });
    }

}
