package io.watchfloor.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.recordings.port.in.FindFootage;
import io.watchfloor.recordings.port.in.RegisterSegments;
import io.watchfloor.recordings.port.in.RelieveStoragePressure;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.testkit.recordings.RecordingsFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Recordings refuse absurd input by rule or by field, and storage arithmetic saturates")
class BoundedRecordingsInputTest {

    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
    private final RecordingsFixture centre = new RecordingsFixture(NOW);
    private final CameraId street = centre.camera(ZoneImportance.ORDINARY);
    private final CameraId bank = centre.camera(ZoneImportance.IMPORTANT);

    @Test
    @Tag("RET-01")
    @DisplayName("a segment reported to end at Instant.MAX is refused naming its end, and nothing is registered")
    void segmentEndingAtTheEndOfTime() {
        RegisterSegments.Command report = centre.report(street, NOW.minus(Duration.ofHours(1)), Duration.ofHours(1), RecordingsFixture.NVR_1,
                1_000, io.watchfloor.recordings.Trigger.CONTINUOUS);
        RegisterSegments.Command endless = new RegisterSegments.Command(report.camera(), report.start(), Instant.MAX, report.area(),
                report.path(), report.sizeBytes(), report.sha256(), report.trigger());

        InvalidCommand refused = assertThrows(InvalidCommand.class, () -> centre.module.registerSegments().register(endless));

        assertEquals("end", refused.errors().get(0).field());
        assertEquals(0, centre.segments.count());
    }

    @Test
    @Tag("RET-10")
    @DisplayName("cameras reporting Long.MAX_VALUE bytes a day into a full area still get the RET-10 alarm, with no overflow")
    void absurdRatesStillRaiseTheAlarm() {
        centre.record(street, NOW.minus(Duration.ofDays(2)), Duration.ofHours(1));

        var pressure = centre.module.relieveStoragePressure().relieve(new RelieveStoragePressure.Command(RecordingsFixture.NVR_1,
                Long.MAX_VALUE, Map.of(street, Long.MAX_VALUE, bank, Long.MAX_VALUE)));
        var empty = centre.module.relieveStoragePressure().relieve(new RelieveStoragePressure.Command(RecordingsFixture.NVR_1,
                0, Map.of(street, Long.MAX_VALUE, bank, Long.MAX_VALUE)));

        assertTrue(pressure.raised().isPresent(), "alarm with all the space in the world");
        assertTrue(empty.raised().isPresent(), "alarm with no space");
        assertEquals(1, centre.segments.count(), "the footage within its minimum stays");
    }

    @Test
    @Tag("RET-09")
    @DisplayName("a retention policy that cannot be kept is refused naming its field, or by RET-09, never by a raw JDK exception")
    void policyBuilderRefusesByFieldOrRule() {
        assertField("ordinaryMinimum", () -> RetentionPolicy.builder("p", ShortageChoice.ALARM_ONLY).ordinaryMinimum(Duration.ZERO).build());
        assertField("importantMinimum", () -> RetentionPolicy.builder("p", ShortageChoice.ALARM_ONLY).importantMinimum(null).build());
        assertField("headroom", () -> RetentionPolicy.builder("p", ShortageChoice.ALARM_ONLY).headroom(Duration.ofSeconds(Long.MAX_VALUE)).build());
        assertField("name", () -> RetentionPolicy.builder(null, ShortageChoice.ALARM_ONLY).build());
        assertField("onShortage", () -> RetentionPolicy.builder("p", null).build());
        assertField("cameraMinimums", () -> RetentionPolicy.builder("p", ShortageChoice.ALARM_ONLY).camera(null, Duration.ofDays(1)).build());
        assertField("triggerMinimums", () -> RetentionPolicy.builder("p", ShortageChoice.ALARM_ONLY).trigger(null, Duration.ofDays(1)).build());
        assertField("sweepBatchSize", () -> RetentionPolicy.builder("p", ShortageChoice.ALARM_ONLY).sweepBatchSize(0).build());
        assertEquals("RET-09", assertThrows(RuleViolation.class, () -> RetentionPolicy.builder("p", ShortageChoice.ALARM_ONLY)
                .maximum(Duration.ofDays(7)).build()).ruleId());
    }

    @Test
    @DisplayName("asking for the footage of a camera nobody knows is NotFound, not an empty answer")
    void footageOfAnUnknownCamera() {
        NotFound refused = assertThrows(NotFound.class, () -> centre.module.findFootage().find(
                new FindFootage.Query(CameraId.newId(), NOW.minus(Duration.ofDays(1)), NOW)));

        assertEquals("camera", refused.kind());
        assertEquals(0, centre.module.findFootage().find(new FindFootage.Query(street, NOW.minus(Duration.ofDays(1)), NOW)).size());
    }

    private static void assertField(String field, org.junit.jupiter.api.function.Executable build) {
        assertEquals(field, assertThrows(InvalidCommand.class, build).errors().get(0).field());
    }
}
