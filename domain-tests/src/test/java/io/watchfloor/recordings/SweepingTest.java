package io.watchfloor.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.recordings.DestructionRecord.Stage;
import io.watchfloor.recordings.port.in.PlaceHold;
import io.watchfloor.recordings.port.in.SweepRetention;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.testkit.recordings.Interleaving;
import io.watchfloor.testkit.recordings.RecordingsFixture;
import io.watchfloor.testkit.recordings.SimulatedCrash;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The retention sweep")
class SweepingTest {

    static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);
    static final RetentionPolicy FORTY_DAYS_AT_MOST = RetentionPolicy.builder("privacy-40", ShortageChoice.ALARM_ONLY)
            .importantMinimum(Duration.ofDays(40)).maximum(Duration.ofDays(40)).sweepBatchSize(3).build();

    private final RecordingsFixture centre = new RecordingsFixture(MONDAY, FORTY_DAYS_AT_MOST);
    private final CameraId gate = centre.camera(ZoneImportance.ORDINARY);

    private List<Segment> day(CameraId camera, int hours) {
        return java.util.stream.IntStream.range(0, hours).mapToObj(h -> centre.record(camera, MONDAY.plus(HOUR.multipliedBy(h)), HOUR)).toList();
    }

    private SweepReport sweepAt(Instant at) {
        centre.clock.set(at);
        return centre.module.sweepRetention().sweep(SweepRetention.Command.standard());
    }

    @Test
    @Tag("RET-03")
    @DisplayName("nothing is destroyed while its retention runs, even past the maximum of a newer policy")
    void nothingBeforeRetentionEnds() {
        List<Segment> footage = day(gate, 5);

        SweepReport report = sweepAt(MONDAY.plus(Duration.ofDays(30)));

        assertEquals(0, report.destroyed());
        assertEquals(5, report.kept());
        assertEquals(5, centre.segments.count());
        assertTrue(centre.store.deleted().isEmpty());
        assertEquals(footage.size(), report.decided());
    }

    @Test
    @Tag("RET-06")
    @DisplayName("past the maximum, unprotected footage is destroyed, and each destruction leaves a record with what, when, policy and hash")
    void destructionRecords() {
        List<Segment> footage = day(gate, 7);
        Instant at = MONDAY.plus(Duration.ofDays(41));

        SweepReport report = sweepAt(at);

        assertEquals(7, report.destroyed());
        assertEquals(0, centre.segments.count());
        for (Segment s : footage) {
            List<DestructionRecord> records = centre.records.of(s.id());
            assertEquals(1, records.size());
            DestructionRecord r = records.get(0);
            assertEquals(List.of(Stage.DONE, s.hash(), s.location(), s.range(), "privacy-40", DestructionCause.PAST_MAXIMUM, at, s.keepUntil()),
                    List.of(r.stage(), r.hash(), r.location(), r.range(), r.policy(), r.cause(), r.decidedAt(), r.keptUntil()));
            assertFalse(centre.store.contains(s.location()));
        }
        assertEquals(7, centre.events.ofType(RecordingsEvent.SegmentDestroyed.class).size());
    }

    @Test
    @Tag("RET-06")
    @DisplayName("footage an open case or investigation refers to is kept until the case is closed")
    void openCasesKeepFootage() {
        List<Segment> footage = day(gate, 3);
        CaseId open = CaseId.newId();
        centre.references.refer(EvidenceReference.byCase(open, gate, new TimeRange(MONDAY.plus(HOUR), MONDAY.plus(HOUR).plusSeconds(60))));

        sweepAt(MONDAY.plus(Duration.ofDays(50)));
        assertEquals(List.of(footage.get(1)), centre.segments.all());
        centre.references.close(open);
        sweepAt(MONDAY.plus(Duration.ofDays(51)));

        assertEquals(0, centre.segments.count());
    }

    @Test
    @Tag("RET-06")
    @DisplayName("a sweep that crashes after deleting media leaves a pending record, and the next sweep completes it")
    void crashAfterDeletingIsCompleted() {
        List<Segment> footage = day(gate, 6);
        centre.store.crashAfter(4);

        assertThrows(SimulatedCrash.class, () -> sweepAt(MONDAY.plus(Duration.ofDays(41))));
        for (var location : centre.store.deleted()) {
            Segment s = footage.stream().filter(f -> f.location().equals(location)).findFirst().orElseThrow();
            assertFalse(centre.records.of(s.id()).isEmpty(), "deleted media always has its record");
        }
        assertEquals(3, centre.records.pending().size(), "the second batch of three was recorded before the crash");
        SweepReport rerun = sweepAt(MONDAY.plus(Duration.ofDays(41)));

        assertEquals(3, rerun.resumed());
        assertEquals(0, centre.segments.count());
        assertTrue(centre.records.pending().isEmpty());
        assertEquals(6, centre.records.all().stream().filter(r -> r.stage() == Stage.DONE).count());
    }

    @Test
    @Tag("RET-03")
    @DisplayName("a pending destruction whose footage is held before the rerun is withdrawn, and the footage kept")
    void pendingWithdrawnWhenHeld() {
        List<Segment> footage = day(gate, 2);
        centre.store.failDeletes(location -> location.equals(footage.get(0).location()));
        SweepReport first = sweepAt(MONDAY.plus(Duration.ofDays(41)));
        centre.store.failDeletes(location -> false);
        centre.module.placeHold().place(new PlaceHold.Command(centre.head.id(), HoldKind.LEGAL_HOLD, null, Set.of(gate),
                MONDAY, MONDAY.plus(HOUR), HoldReason.THEFT, CaseId.newId(), null, "", null));

        SweepReport rerun = sweepAt(MONDAY.plus(Duration.ofDays(42)));

        assertEquals(List.of(1, 1), List.of(first.failed(), first.destroyed()));
        assertEquals(1, rerun.withdrawn());
        assertTrue(centre.segments.find(footage.get(0).id()).isPresent());
        assertTrue(centre.store.contains(footage.get(0).location()));
        assertEquals(Stage.WITHDRAWN, centre.records.of(footage.get(0).id()).get(0).stage());
    }

    @Test
    @Tag("RET-06")
    @DisplayName("when the recording store fails, the record stays pending, nothing is removed, and the next sweep retries")
    void storeFailureRetried() {
        List<Segment> footage = day(gate, 3);
        centre.store.failDeletes(location -> true);

        SweepReport failed = sweepAt(MONDAY.plus(Duration.ofDays(41)));
        assertEquals(3, failed.failed());
        assertEquals(3, centre.segments.count());
        assertEquals(3, centre.records.pending().size());
        assertEquals(3, centre.events.ofType(RecordingsEvent.DestructionFailed.class).size());
        centre.store.failDeletes(location -> false);
        SweepReport retried = sweepAt(MONDAY.plus(Duration.ofDays(41)));

        assertEquals(3, retried.resumed());
        assertEquals(0, centre.segments.count());
        footage.forEach(s -> assertEquals(1, centre.records.of(s.id()).size()));
    }

    @Test
    @Tag("RET-09")
    @DisplayName("a sweep twice at the same instant, or at an earlier one, destroys nothing more")
    void idempotent() {
        day(gate, 4);
        Segment late = centre.record(gate, MONDAY.plus(Duration.ofDays(5)), HOUR);

        assertEquals(4, sweepAt(MONDAY.plus(Duration.ofDays(41))).destroyed());
        assertEquals(0, sweepAt(MONDAY.plus(Duration.ofDays(41))).destroyed());
        assertEquals(0, sweepAt(MONDAY.plus(Duration.ofDays(20))).destroyed());

        assertEquals(List.of(late), centre.segments.all());
        assertEquals(4, centre.records.all().size());
    }

    @Test
    @Tag("RET-09")
    @DisplayName("a batch size of zero is refused naming batchSize")
    void badBatch() {
        InvalidCommand refusal = assertThrows(InvalidCommand.class, () -> centre.module.sweepRetention().sweep(new SweepRetention.Command(0)));
        assertEquals("batchSize", refusal.errors().get(0).field());
    }

    @Test
    @Tag("RET-04")
    @DisplayName("a hold placed while a sweep runs protects the footage the sweep has not reached yet")
    void holdPlacedDuringTheSweep() {
        List<Segment> footage = day(gate, 6);
        io.watchfloor.recordings.port.out.RecordingStore placesAHoldOnFirstDelete = new io.watchfloor.recordings.port.out.RecordingStore() {
            private boolean placed;

            @Override
            public boolean contains(MediaLocation location) {
                return centre.store.contains(location);
            }

            @Override
            public void delete(MediaLocation location) {
                centre.store.delete(location);
                if (!placed) {
                    placed = true;
                    centre.module.placeHold().place(new PlaceHold.Command(centre.shiftLeader.id(), HoldKind.LEGAL_HOLD, null, Set.of(gate),
                            MONDAY, MONDAY.plus(Duration.ofDays(1)), HoldReason.ROBBERY, CaseId.newId(), null,
                            "the robbery was reported while the sweep ran", null));
                }
            }
        };
        RecordingsModule sweeping = RecordingsModule.create(new RecordingsModule.Ports(centre.segments, centre.holds, centre.backups,
                centre.records, centre.policies, centre.zones, centre.references, placesAHoldOnFirstDelete, centre.control, centre.people),
                centre.runtime);
        centre.clock.set(MONDAY.plus(Duration.ofDays(41)));

        SweepReport report = sweeping.sweepRetention().sweep(new SweepRetention.Command(1));

        assertEquals(1, centre.store.deleted().size(), "only the segment deleted before the hold was placed is gone");
        assertEquals(footage.size() - 1, centre.segments.count());
        assertEquals(List.of(1, 5L), List.of(report.destroyed(), report.kept()));
        assertTrue(centre.records.pending().isEmpty());
    }

    private PlaceHold.Command robberyHold() {
        return new PlaceHold.Command(centre.shiftLeader.id(), HoldKind.LEGAL_HOLD, null, Set.of(gate),
                MONDAY, MONDAY.plus(Duration.ofDays(1)), HoldReason.ROBBERY, CaseId.newId(), null, "reported while the sweep ran", null);
    }

    /** A module whose first media deletion is followed, before anything else, by a hold on the gate camera. */
    private Interleaving holdRightAfterTheFirstDeletion(List<PlaceHold.Placement> placed) {
        return Interleaving.over(centre, step -> {
            if (placed.isEmpty() && centre.store.deleted().size() == 1) {
                placed.add(centre.module.placeHold().place(robberyHold()));
            }
        });
    }

    @Test
    @Tag("RET-04")
    @DisplayName("a hold committed right after the first deletion of a batch saves the other nine segments of that batch, and says which one it came too late for")
    void holdSavesTheRestOfTheBatch() {
        List<Segment> footage = day(gate, 10);
        List<PlaceHold.Placement> placed = new java.util.ArrayList<>();
        Interleaving run = holdRightAfterTheFirstDeletion(placed);
        centre.clock.set(MONDAY.plus(Duration.ofDays(41)));

        SweepReport report = run.module().sweepRetention().sweep(new SweepRetention.Command(1000));

        assertEquals(1, centre.store.deleted().size(), "only the segment claimed before the hold was committed is gone");
        Segment lost = footage.stream().filter(s -> s.location().equals(centre.store.deleted().get(0))).findFirst().orElseThrow();
        assertEquals(9, centre.segments.count());
        assertEquals(List.of(1, 9L, 9), List.of(report.destroyed(), report.kept(), report.withdrawn()));
        assertEquals(List.of(lost.id()), placed.get(0).alreadyClaimed());
        assertEquals(List.of(), placed.get(0).alreadyDestroyed());
        assertTrue(centre.records.pending().isEmpty());
        footage.stream().filter(s -> !s.equals(lost)).forEach(s -> assertTrue(centre.store.contains(s.location())));
    }

    @Test
    @Tag("RET-04")
    @DisplayName("a hold committed while a resumed destruction deletes saves every segment not yet claimed, even with batches of one")
    void holdSavesTheRestOfAResume() {
        List<Segment> footage = day(gate, 10);
        centre.store.failDeletes(location -> true);
        SweepReport failed = sweepAt(MONDAY.plus(Duration.ofDays(41)));
        centre.store.failDeletes(location -> false);
        List<PlaceHold.Placement> placed = new java.util.ArrayList<>();
        Interleaving run = holdRightAfterTheFirstDeletion(placed);

        SweepReport resumed = run.module().sweepRetention().sweep(new SweepRetention.Command(1));

        assertEquals(10, failed.failed());
        assertEquals(1, centre.store.deleted().size());
        assertEquals(List.of(1, 1, 9), List.of(resumed.destroyed(), resumed.resumed(), resumed.withdrawn()));
        assertEquals(9, centre.segments.count());
        assertEquals(1, placed.get(0).alreadyClaimed().size());
        assertEquals(9, centre.records.all().stream().filter(r -> r.stage() == Stage.WITHDRAWN).count());
        assertEquals(footage.size(), centre.segments.count() + centre.store.deleted().size());
    }

    @Test
    @Tag("RET-04")
    @DisplayName("a hold placed after footage was destroyed says so: the footage it names is already gone")
    void holdReportsDestroyedFootage() {
        List<Segment> footage = day(gate, 2);
        sweepAt(MONDAY.plus(Duration.ofDays(41)));

        PlaceHold.Placement late = centre.module.placeHold().place(robberyHold());

        assertEquals(footage.stream().map(Segment::id).sorted(java.util.Comparator.comparing(SegmentId::value)).toList(),
                late.alreadyDestroyed().stream().sorted(java.util.Comparator.comparing(SegmentId::value)).toList());
        assertTrue(late.alreadyClaimed().isEmpty());
        assertFalse(late.lostNothing());
    }

    @Test
    @Tag("RET-06")
    @DisplayName("media is deleted only after its destruction is claimed, in a unit of work that takes the camera's protection lock")
    void claimBeforeDelete() {
        day(gate, 3);
        List<Stage> seenAtDelete = new java.util.ArrayList<>();
        Interleaving run = Interleaving.over(centre, step -> centre.records.pending().forEach(r -> {
            if (!centre.store.contains(r.location())) {
                seenAtDelete.add(r.stage());
            }
        }));
        int locksBefore = centre.holds.protectionLocks();
        centre.clock.set(MONDAY.plus(Duration.ofDays(41)));

        run.module().sweepRetention().sweep(SweepRetention.Command.standard());

        assertFalse(seenAtDelete.isEmpty());
        assertTrue(seenAtDelete.stream().allMatch(s -> s == Stage.CLAIMED), "deleted media always has a claimed record: " + seenAtDelete);
        assertEquals(3, centre.holds.protectionLocks() - locksBefore);
        assertEquals(3, centre.records.claims().size());
    }
}
