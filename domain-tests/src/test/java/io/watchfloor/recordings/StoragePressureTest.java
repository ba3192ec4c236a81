package io.watchfloor.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.recordings.port.in.PlaceHold;
import io.watchfloor.recordings.port.in.RelieveStoragePressure;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.testkit.recordings.RecordingsFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Storage pressure and loop overwrite")
class StoragePressureTest {

    static final Instant START = Instant.parse("2026-08-01T00:00:00Z");
    static final Duration DAY = Duration.ofDays(1);
    static final long GB = 1_000_000_000L;
    static final StorageArea NVR_2 = new StorageArea("NVR-02");

    private final RecordingsFixture centre = new RecordingsFixture(START, RetentionPolicy.builder("loop", ShortageChoice.ALARM_ONLY)
            .ordinaryMinimum(Duration.ofDays(30)).importantMinimum(Duration.ofDays(60)).build());
    private final CameraId street = centre.camera(ZoneImportance.ORDINARY);
    private final CameraId bank = centre.camera(ZoneImportance.IMPORTANT);

    /** One segment a day of 10 GB per camera, for {@code days} days, in {@code area}. */
    private void record(CameraId camera, int days, StorageArea area) {
        for (int d = 0; d < days; d++) {
            centre.record(centre.report(camera, START.plus(DAY.multipliedBy(d)), DAY, area, 10 * GB, Trigger.CONTINUOUS));
        }
    }

    private StoragePressure relieve(StorageArea area, long freeBytes, Map<CameraId, Long> rates) {
        return centre.module.relieveStoragePressure().relieve(new RelieveStoragePressure.Command(area, freeBytes, rates));
    }

    @Test
    @Tag("RET-07")
    @DisplayName("overwrites the oldest eligible segments first, and no more than needed for the headroom")
    void oldestFirstNoMoreThanNeeded() {
        centre.policies.adopt(RetentionPolicy.builder("three days spare", ShortageChoice.ALARM_ONLY).headroom(Duration.ofDays(3)).build());
        record(street, 45, RecordingsFixture.NVR_1);
        centre.clock.set(START.plus(DAY.multipliedBy(45)));

        StoragePressure pressure = relieve(RecordingsFixture.NVR_1, 3 * GB, Map.of(street, 10 * GB));

        assertEquals(27 * GB, pressure.neededBytes());
        assertEquals(30 * GB, pressure.freedBytes());
        List<Segment> left = centre.segments.in(RecordingsFixture.NVR_1);
        assertEquals(42, left.size());
        assertEquals(START.plus(DAY.multipliedBy(3)), left.get(0).range().start(), "the three oldest days went");
        assertTrue(pressure.raised().isEmpty());
        assertEquals(3, centre.records.all().stream().filter(r -> r.cause() == DestructionCause.CAPACITY_OVERWRITE).count());
    }

    @Test
    @Tag("RET-07")
    @DisplayName("of equally old footage, the ordinary zone's goes before the important zone's")
    void leastImportantFirst() {
        centre.policies.adopt(RetentionPolicy.builder("same", ShortageChoice.ALARM_ONLY).ordinaryMinimum(Duration.ofDays(30))
                .importantMinimum(Duration.ofDays(30)).build());
        record(bank, 40, RecordingsFixture.NVR_1);
        record(street, 40, RecordingsFixture.NVR_1);
        centre.clock.set(START.plus(DAY.multipliedBy(40)));

        StoragePressure pressure = relieve(RecordingsFixture.NVR_1, 0, Map.of(street, 10 * GB, bank, 10 * GB));

        assertEquals(2, pressure.overwritten().size());
        assertEquals(List.of(street, bank), pressure.overwritten().stream()
                .map(id -> centre.records.of(id).get(0).camera()).toList());
    }

    @Test
    @Tag("RET-07")
    @DisplayName("pressure on one storage area never deletes footage on another")
    void areasAreSeparate() {
        record(street, 40, NVR_2);
        centre.clock.set(START.plus(DAY.multipliedBy(40)));

        StoragePressure pressure = relieve(RecordingsFixture.NVR_1, 0, Map.of(street, 10 * GB));

        assertEquals(0, pressure.freedBytes());
        assertEquals(40, centre.segments.in(NVR_2).size());
        assertTrue(centre.store.deleted().isEmpty());
        assertTrue(pressure.raised().isPresent());
    }

    @Test
    @Tag("RET-10")
    @DisplayName("when the minimum cannot be kept, protected footage stays and one alarm names the cameras, days at risk and when the area is full")
    void alarmInsteadOfProtectedFootage() {
        record(street, 20, RecordingsFixture.NVR_1);
        record(bank, 20, RecordingsFixture.NVR_1);
        centre.clock.set(START.plus(DAY.multipliedBy(20)));

        StoragePressure pressure = relieve(RecordingsFixture.NVR_1, 5 * GB, Map.of(street, 10 * GB, bank, 10 * GB));

        assertEquals(0, pressure.freedBytes());
        assertEquals(40, centre.segments.count());
        RecordingsEvent.RetentionAtRisk alarm = pressure.raised().orElseThrow();
        // 400 GB used + 5 GB free hold 20.25 days of both cameras: the bank (60 days) misses 40, the street (30 days) misses 10.
        assertEquals(Map.of(bank, 40, street, 10), alarm.daysAtRisk());
        assertEquals(START.plus(DAY.multipliedBy(20)).plus(Duration.ofHours(6)), alarm.fullAt());
        assertEquals(15 * GB, alarm.shortBytes());
        assertEquals(List.of(alarm), centre.events.ofType(RecordingsEvent.RetentionAtRisk.class));
        assertTrue(centre.control.stopped().isEmpty(), "alarm only: every camera keeps recording");
    }

    @Test
    @Tag("RET-10")
    @DisplayName("with the choice to stop the least important cameras, ordinary-zone cameras stop until the rest fits")
    void stopLeastImportant() {
        centre.policies.adopt(RetentionPolicy.builder("stop", ShortageChoice.STOP_LEAST_IMPORTANT_CAMERAS)
                .ordinaryMinimum(Duration.ofDays(30)).importantMinimum(Duration.ofDays(60)).build());
        CameraId alley = centre.camera(ZoneImportance.ORDINARY);
        record(bank, 50, RecordingsFixture.NVR_1);
        centre.clock.set(START.plus(DAY.multipliedBy(50)));

        StoragePressure pressure = relieve(RecordingsFixture.NVR_1, 200 * GB, Map.of(street, 10 * GB, alley, 5 * GB, bank, 10 * GB));

        RecordingsEvent.RetentionAtRisk alarm = pressure.raised().orElseThrow();
        assertEquals(Set.of(street, alley), alarm.stopped());
        assertEquals(Set.of(street, alley), centre.control.stopped().keySet());
        assertEquals(ShortageChoice.STOP_LEAST_IMPORTANT_CAMERAS, alarm.choice());
        assertNotNull(alarm.fullAt());
        assertEquals(2, centre.events.ofType(RecordingsEvent.RecordingStopped.class).size());
        assertFalse(centre.control.stopped().containsKey(bank), "important cameras never stop");
    }

    @Test
    @Tag("RET-07")
    @DisplayName("held footage is never overwritten, even when that leaves the area short")
    void heldFootageNeverOverwritten() {
        record(street, 40, RecordingsFixture.NVR_1);
        centre.module.placeHold().place(new PlaceHold.Command(centre.head.id(), HoldKind.LEGAL_HOLD, null, Set.of(street),
                START, START.plus(DAY.multipliedBy(10)), HoldReason.FIRE, CaseId.newId(), null, "warehouse fire", null));
        centre.clock.set(START.plus(DAY.multipliedBy(42)));

        StoragePressure pressure = relieve(RecordingsFixture.NVR_1, 0, Map.of(street, 10 * GB));

        assertEquals(List.of(START.plus(DAY.multipliedBy(10))), pressure.overwritten().stream()
                .map(id -> centre.records.of(id).get(0).range().start()).toList());
        assertEquals(39, centre.segments.count());
    }

    @Test
    @Tag("RET-07")
    @DisplayName("negative free space or rates are refused field by field, an unknown camera is not found, and nothing is overwritten")
    void badInput() {
        record(street, 40, RecordingsFixture.NVR_1);
        centre.clock.set(START.plus(DAY.multipliedBy(40)));

        io.watchfloor.shared.InvalidCommand refusal = org.junit.jupiter.api.Assertions.assertThrows(io.watchfloor.shared.InvalidCommand.class,
                () -> relieve(RecordingsFixture.NVR_1, -1, Map.of(street, -5L)));
        org.junit.jupiter.api.Assertions.assertThrows(io.watchfloor.shared.NotFound.class,
                () -> relieve(RecordingsFixture.NVR_1, 0, Map.of(CameraId.newId(), 10 * GB)));

        assertEquals(List.of("bytesPerDay[" + street + "].<map value>", "freeBytes"),
                refusal.errors().stream().map(io.watchfloor.shared.InvalidCommand.FieldError::field).toList());
        assertEquals(40, centre.segments.count());
        assertTrue(centre.store.deleted().isEmpty());
    }
}
