package io.watchfloor.examples.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.examples.DemoWeek;
import io.watchfloor.examples.DutyReport;
import io.watchfloor.recordings.DestructionCause;
import io.watchfloor.recordings.DestructionRecord;
import io.watchfloor.recordings.RecordingsEvent;
import io.watchfloor.recordings.Segment;
import io.watchfloor.shared.CameraId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The recordings part of the demo week")
class RecordingsWeekTest {

    private static DemoWeek.Played played;
    private static RecordingsWeek week;
    private static DutyReport report;

    @BeforeAll
    static void play() {
        played = DemoWeek.standard().play();
        week = played.centre().part(RecordingsWeek.class);
        report = played.report();
    }

    private static long figure(String key) {
        return report.figure(key).longValue();
    }

    private static List<DestructionRecord> done(DestructionCause cause) {
        return week.records().all().stream().filter(r -> r.cause() == cause && r.stage() == DestructionRecord.Stage.DONE).toList();
    }

    @Test
    @Tag("RET-01")
    @DisplayName("every registered segment either still exists or has exactly one completed destruction record")
    void registeredSegmentsAccountedFor() {
        long registered = played.centre().events().ofType(RecordingsEvent.SegmentRegistered.class).size();
        long destroyed = week.records().all().stream().filter(r -> r.stage() == DestructionRecord.Stage.DONE).count();

        assertEquals(registered, figure("recordings.segmentsRegistered"));
        assertEquals(week.segments().count(), figure("recordings.segmentsExisting"));
        assertEquals(registered, week.segments().count() + destroyed);
        assertEquals(destroyed, week.records().all().stream().map(DestructionRecord::segment).distinct().count());
        assertEquals(week.records().all().size(), figure("recordings.destructionRecords"));
        assertEquals(7, figure("recordings.sweeps"));
    }

    @Test
    @Tag("RET-09")
    @DisplayName("the sweeps destroyed exactly the archive past the one-year maximum that the court case does not hold")
    void sweepDestroyedUnheldArchive() {
        List<DestructionRecord> bySweep = done(DestructionCause.PAST_MAXIMUM);
        List<Segment> archiveLeft = week.segments().in(RecordingsWeek.NVR_07);

        assertEquals(bySweep.size(), figure("recordings.destroyedBySweep"));
        assertEquals(2L * RecordingsWeek.ARCHIVE_HOURS, bySweep.size() + archiveLeft.size());
        assertEquals(RecordingsWeek.ARCHIVE_HELD_HOURS, archiveLeft.size());
        CameraId gate = week.camera("Old Town gate");
        assertTrue(archiveLeft.stream().allMatch(s -> s.camera().equals(gate)));
        assertTrue(bySweep.stream().allMatch(r -> r.location().area().equals(RecordingsWeek.NVR_07)));
        assertTrue(bySweep.stream().allMatch(r -> !r.decidedAt().isBefore(r.range().end().plus(java.time.Duration.ofDays(365)))));
    }

    @Test
    @Tag("RET-03")
    @DisplayName("no destruction of the week came before the segment's keep-until, and deleted media always has its record")
    void nothingBeforeRetentionEnds() {
        assertTrue(week.records().all().stream().noneMatch(r -> r.decidedAt().isBefore(r.keptUntil())));
        var recorded = week.records().all().stream().map(DestructionRecord::location).collect(Collectors.toSet());
        assertTrue(recorded.containsAll(week.store().deleted()));
        assertEquals(week.store().deleted().size(), week.records().all().size());
    }

    @Test
    @Tag("RET-07")
    @DisplayName("loop overwrite took only NVR-03's oldest residential footage, and only as much as the headroom needed")
    void overwriteOnNvr03() {
        List<DestructionRecord> overwritten = done(DestructionCause.CAPACITY_OVERWRITE);

        assertEquals(overwritten.size(), figure("recordings.overwritten"));
        assertFalse(overwritten.isEmpty());
        assertTrue(overwritten.stream().allMatch(r -> r.location().area().equals(RecordingsWeek.NVR_03)));
        var oldestLeft = week.segments().in(RecordingsWeek.NVR_03).get(0).range().start();
        assertTrue(overwritten.stream().allMatch(r -> !r.range().start().isAfter(oldestLeft)));
        week.pressures().stream().filter(p -> !p.overwritten().isEmpty()).forEach(p -> {
            long last = week.records().of(p.overwritten().get(p.overwritten().size() - 1)).get(0).sizeBytes();
            assertTrue(p.freedBytes() >= p.neededBytes() && p.freedBytes() - last < p.neededBytes());
        });
    }

    @Test
    @Tag("RET-10")
    @DisplayName("the bank's NVR-05 raised one alarm a night naming the ATM camera and its 30 days at risk")
    void alarms() {
        List<RecordingsEvent.RetentionAtRisk> alarms = played.centre().events().ofType(RecordingsEvent.RetentionAtRisk.class);

        assertEquals(alarms.size(), figure("recordings.alarms"));
        assertEquals(7, alarms.size());
        CameraId atm = week.camera("Bank branch ATM");
        assertTrue(alarms.stream().allMatch(a -> a.area().equals(RecordingsWeek.NVR_05) && a.daysAtRisk().equals(Map.of(atm, 30))));
        assertTrue(report.render().contains("Bank branch ATM 30 days"));
    }

    @Test
    @Tag("RET-05")
    @DisplayName("the theft on Nanjing Road was locked, backed up, and the lock shortened with a reason; the fight was put on legal hold")
    void holdsAndBackups() {
        assertEquals(week.backups().all().size(), figure("recordings.backups"));
        assertEquals(1, week.backups().all().size());
        assertEquals(week.holds().all().stream().filter(h -> h.protectsAt(played.centre().clock().instant())).count(),
                figure("recordings.holdsInForce"));
        assertEquals(3, week.holds().all().size());
        assertEquals(1, played.centre().events().ofType(RecordingsEvent.HoldShortened.class).size());
        assertTrue(report.section("Recordings and retention").stream().anyMatch(l -> l.contains("evidence safe") || l.contains("evidence room safe 2")));
    }
}
