package io.watchfloor.recordings.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.people.PersonId;
import io.watchfloor.recordings.Backup;
import io.watchfloor.recordings.DestructionCause;
import io.watchfloor.recordings.DestructionRecord;
import io.watchfloor.recordings.Hold;
import io.watchfloor.recordings.HoldId;
import io.watchfloor.recordings.HoldKind;
import io.watchfloor.recordings.HoldReason;
import io.watchfloor.recordings.MediaLocation;
import io.watchfloor.recordings.RetentionPolicy;
import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.SegmentId;
import io.watchfloor.recordings.ShortageChoice;
import io.watchfloor.recordings.Trigger;
import io.watchfloor.recordings.port.in.AdoptRetentionPolicy;
import io.watchfloor.recordings.port.in.ChangeHold;
import io.watchfloor.recordings.port.in.DestroySegment;
import io.watchfloor.recordings.port.in.PlaceHold;
import io.watchfloor.recordings.port.in.RegisterBackup;
import io.watchfloor.recordings.port.in.RegisterSegments;
import io.watchfloor.recordings.port.in.SweepRetention;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import io.watchfloor.testkit.recordings.RecordingsFixture;
import io.watchfloor.testkit.recordings.RecordingsGens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Bad input mixed into valid sequences: every refused command (missing, malformed or contradictory
 * values, unknown ids, actors without the role, rule refusals) leaves every store and the event
 * stream exactly as they were.
 */
@DisplayName("Refused commands change nothing (property)")
class RefusedCommandsPropertiesTest {

    /** One command: which use case, which variant (0 is valid, others are faulty), a pick and an hour. */
    record Call(int useCase, int variant, int pick, int hour) {
    }

    /** Everything stored, to compare before and after a refusal. */
    record Snapshot(List<Segment> segments, List<Hold> holds, List<Backup> backups, List<DestructionRecord> records,
                    List<io.watchfloor.recordings.AdoptedPolicy> policies, Set<MediaLocation> media, int events) {
        static Snapshot of(RecordingsFixture f) {
            return new Snapshot(f.segments.all(), f.holds.all(), f.backups.all(), f.records.all(), f.policies.history(), f.store.media(),
                    f.events.all().size());
        }
    }

    static Gen<Call> calls() {
        return source -> new Call(source.draw(Gens.integers(0, 6)), source.draw(Gens.integers(0, 4)), source.draw(Gens.integers(0, 20)),
                source.draw(Gens.integers(0, 60 * 24)));
    }

    @Test
    @Tag("RET-01")
    @DisplayName("a refused command, mixed into a valid sequence, never changes anything stored")
    void refusedCommandsChangeNothing() {
        Property.forAll(Gens.lists(calls(), 1, 12)).tries(10_000).named("refused commands change nothing").check(calls -> {
            RecordingsFixture f = new RecordingsFixture(RecordingsGens.T0, RetentionPolicy.builder("p", ShortageChoice.ALARM_ONLY)
                    .ordinaryMinimum(Duration.ofDays(2)).importantMinimum(Duration.ofDays(3)).maximum(Duration.ofDays(10)).build());
            CameraId camera = RecordingsGens.camera(0);
            f.zones.place(camera, ZoneImportance.ORDINARY);
            int n = 0;
            for (Call call : calls) {
                n++;
                f.clock.set(RecordingsGens.hour(call.hour()));
                Snapshot before = Snapshot.of(f);
                try {
                    run(f, camera, call, n);
                    Property.classify(true, "accepted");
                } catch (InvalidCommand | RuleViolation | NotFound | ConcurrentModification refused) {
                    assertEquals(before, Snapshot.of(f), "refused " + call + " with " + refused.getMessage());
                    Property.classify(true, refused.getClass().getSimpleName());
                }
            }
        });
    }

    private static void run(RecordingsFixture f, CameraId camera, Call c, int n) {
        Instant now = f.clock.instant();
        Instant start = RecordingsGens.hour(Math.max(0, c.hour() - 2));
        PersonId actor = switch (c.variant()) {
            case 1 -> f.operator.id();
            case 2 -> PersonId.newId();
            default -> f.head.id();
        };
        List<Segment> segments = f.segments.all();
        List<Hold> holds = f.holds.all();
        switch (c.useCase()) {
            case 0 -> {
                String path = "seg" + n + "-" + c.pick();
                String hash = c.variant() == 3 ? "not-a-hash" : RecordingsFixture.sha256(path);
                Instant end = c.variant() == 4 ? start.minusSeconds(1) : start.plus(Duration.ofHours(1));
                CameraId who = c.variant() == 2 ? CameraId.newId() : camera;
                var report = new RegisterSegments.Command(who, start, end, RecordingsFixture.NVR_1, path, 100, hash, Trigger.CONTINUOUS);
                if (c.variant() == 1 && !segments.isEmpty()) {
                    Segment known = segments.get(c.pick() % segments.size());
                    report = new RegisterSegments.Command(camera, start, start.plus(Duration.ofHours(1)), known.area(), known.location().path(), 100,
                            RecordingsFixture.sha256("altered" + n), Trigger.CONTINUOUS);
                }
                f.module.registerSegments().registerAll(new RegisterSegments.Batch(List.of(
                        new RegisterSegments.Command(camera, start, start.plus(Duration.ofHours(1)), RecordingsFixture.NVR_1, path + "-ok", 100,
                                RecordingsFixture.sha256(path + "-ok"), Trigger.MOTION), report)));
                f.store.write(new MediaLocation(RecordingsFixture.NVR_1, path + "-ok"));
                f.store.write(new MediaLocation(report.area(), report.path()));
            }
            case 1 -> f.module.placeHold().place(new PlaceHold.Command(actor, HoldKind.LEGAL_HOLD, null, Set.of(camera), start,
                    c.variant() == 3 ? start : start.plus(Duration.ofHours(3)), HoldReason.OTHER,
                    c.variant() == 4 ? null : CaseId.newId(), null, "", null));
            case 2 -> {
                HoldId hold = holds.isEmpty() || c.variant() == 3 ? HoldId.newId() : holds.get(c.pick() % holds.size()).id();
                f.module.changeHold().release(new ChangeHold.Release(actor, hold, c.variant() == 4 ? "" : "done"));
            }
            case 3 -> f.module.registerBackup().register(new RegisterBackup.Command(actor, Set.of(camera), start, start.plus(Duration.ofHours(1)),
                    HoldReason.FIRE, c.variant() == 3 ? " " : "safe 1", c.variant() == 4 ? now.plusSeconds(60) : now, null));
            case 4 -> {
                SegmentId segment = segments.isEmpty() || c.variant() == 3 ? SegmentId.newId() : segments.get(c.pick() % segments.size()).id();
                f.module.destroySegment().destroy(new DestroySegment.Command(c.variant() == 2 ? PersonId.newId() : c.variant() == 1 ? f.operator.id()
                        : f.security.id(), segment, c.variant() == 4 ? DestructionCause.PAST_MAXIMUM : DestructionCause.MANUAL, "tidy"));
            }
            case 5 -> f.module.adoptRetentionPolicy().adopt(new AdoptRetentionPolicy.Command(actor,
                    RetentionPolicy.builder("p" + n, ShortageChoice.ALARM_ONLY).ordinaryMinimum(Duration.ofDays(1 + c.pick() % 5)).build()));
            default -> f.module.sweepRetention().sweep(new SweepRetention.Command(c.variant() >= 3 ? 0 : 1 + c.pick()));
        }
    }
}
