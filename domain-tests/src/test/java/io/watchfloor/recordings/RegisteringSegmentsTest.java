package io.watchfloor.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.recordings.port.in.RegisterSegments;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.testkit.recordings.RecordingsFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Registering recording segments")
class RegisteringSegmentsTest {

    static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");
    static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private final RecordingsFixture centre = new RecordingsFixture(MONDAY.plus(Duration.ofHours(1)));

    @Test
    @Tag("RET-01")
    @DisplayName("a segment keeps camera, start and end, storage area and location, size, SHA-256 and trigger")
    void segmentCarriesEverything() {
        CameraId gate = centre.camera(ZoneImportance.ORDINARY);
        RegisterSegments.Command report = centre.report(gate, MONDAY, TEN_MINUTES, RecordingsFixture.NVR_1, 52_428_800, Trigger.MOTION);

        Segment segment = centre.module.registerSegments().register(report);

        Segment stored = centre.segments.get(segment.id());
        assertEquals(gate, stored.camera());
        assertEquals(MONDAY, stored.range().start());
        assertEquals(MONDAY.plus(TEN_MINUTES), stored.range().end());
        assertEquals(new MediaLocation(RecordingsFixture.NVR_1, report.path()), stored.location());
        assertEquals(52_428_800, stored.sizeBytes());
        assertEquals(report.sha256(), stored.hash().sha256());
        assertEquals(Trigger.MOTION, stored.trigger());
        assertEquals(1, centre.events.ofType(RecordingsEvent.SegmentRegistered.class).size());
    }

    @Test
    @Tag("RET-02")
    @DisplayName("keep-until is the end plus 30 days in an ordinary zone and 90 days in an important one")
    void zoneMinimums() {
        Segment ordinary = centre.record(centre.camera(ZoneImportance.ORDINARY), MONDAY, TEN_MINUTES);
        Segment important = centre.record(centre.camera(ZoneImportance.IMPORTANT), MONDAY, TEN_MINUTES);

        assertEquals(MONDAY.plus(TEN_MINUTES).plus(Duration.ofDays(30)), ordinary.keepUntil());
        assertEquals(MONDAY.plus(TEN_MINUTES).plus(Duration.ofDays(90)), important.keepUntil());
    }

    @Test
    @Tag("RET-02")
    @DisplayName("the longest matching rule wins: a camera override and an alarm-footage override lengthen, never shorten")
    void longestRuleWins() {
        CameraId lobby = CameraId.newId();
        CameraId square = CameraId.newId();
        RecordingsFixture withOverrides = new RecordingsFixture(MONDAY, RetentionPolicy.builder("overrides", ShortageChoice.ALARM_ONLY)
                .camera(lobby, Duration.ofDays(60)).camera(square, Duration.ofDays(10)).trigger(Trigger.ALARM, Duration.ofDays(180)).build());
        withOverrides.zones.place(lobby, ZoneImportance.ORDINARY).place(square, ZoneImportance.IMPORTANT);

        Segment lobbyContinuous = withOverrides.record(lobby, MONDAY, TEN_MINUTES);
        Segment lobbyAlarm = withOverrides.record(withOverrides.report(lobby, MONDAY, TEN_MINUTES, RecordingsFixture.NVR_1, 1, Trigger.ALARM));
        Segment squareContinuous = withOverrides.record(square, MONDAY, TEN_MINUTES);

        Instant end = MONDAY.plus(TEN_MINUTES);
        assertEquals(end.plus(Duration.ofDays(60)), lobbyContinuous.keepUntil());
        assertEquals(end.plus(Duration.ofDays(180)), lobbyAlarm.keepUntil());
        assertEquals(end.plus(Duration.ofDays(90)), squareContinuous.keepUntil());
    }

    @Test
    @Tag("RET-01")
    @DisplayName("a batch from an NVR is registered whole, or not at all when one of its segments is refused")
    void batchesAreAtomic() {
        CameraId gate = centre.camera(ZoneImportance.ORDINARY);
        CameraId unknown = CameraId.newId();
        var good = centre.report(gate, MONDAY, TEN_MINUTES, RecordingsFixture.NVR_1, 10, Trigger.CONTINUOUS);
        var next = centre.report(gate, MONDAY.plus(TEN_MINUTES), TEN_MINUTES, RecordingsFixture.NVR_1, 10, Trigger.CONTINUOUS);
        var bad = centre.report(unknown, MONDAY, TEN_MINUTES, RecordingsFixture.NVR_1, 10, Trigger.CONTINUOUS);

        assertEquals(2, centre.module.registerSegments().registerAll(new RegisterSegments.Batch(List.of(good, next))).size());
        var another = centre.report(gate, MONDAY.plus(TEN_MINUTES.multipliedBy(2)), TEN_MINUTES, RecordingsFixture.NVR_1, 10, Trigger.CONTINUOUS);
        NotFound refusal = assertThrows(NotFound.class,
                () -> centre.module.registerSegments().registerAll(new RegisterSegments.Batch(List.of(another, bad))));

        assertEquals("camera", refusal.kind());
        assertEquals(2, centre.segments.count());
        assertEquals(2, centre.events.ofType(RecordingsEvent.SegmentRegistered.class).size());
    }

    @Test
    @Tag("RET-01")
    @DisplayName("a report with an end before its start, no size, a malformed hash or no trigger is refused field by field")
    void badReports() {
        CameraId gate = centre.camera(ZoneImportance.ORDINARY);
        var bad = new RegisterSegments.Command(gate, MONDAY, MONDAY.minusSeconds(1), RecordingsFixture.NVR_1, " ", -5, "ABC", null);

        InvalidCommand refusal = assertThrows(InvalidCommand.class, () -> centre.module.registerSegments().register(bad));

        assertEquals(List.of("end", "path", "sha256", "sizeBytes", "trigger"),
                refusal.errors().stream().map(InvalidCommand.FieldError::field).toList());
        assertEquals(0, centre.segments.count());
    }

    @Test
    @Tag("RET-03")
    @DisplayName("the same media reported again is the same segment; reported with another hash it is refused, footage is never altered")
    void mediaIsNeverAltered() {
        CameraId gate = centre.camera(ZoneImportance.ORDINARY);
        var report = centre.report(gate, MONDAY, TEN_MINUTES, RecordingsFixture.NVR_1, 10, Trigger.CONTINUOUS);
        Segment first = centre.module.registerSegments().register(report);

        Segment again = centre.module.registerSegments().register(report);
        var altered = new RegisterSegments.Command(gate, MONDAY, MONDAY.plus(TEN_MINUTES), report.area(), report.path(), 10,
                RecordingsFixture.sha256("something else"), Trigger.CONTINUOUS);
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.registerSegments().register(altered));

        assertEquals(first, again);
        assertEquals("RET-03", refusal.ruleId());
        assertTrue(refusal.getMessage().contains(first.hash().sha256()));
        assertEquals(first, centre.segments.get(first.id()));
        assertEquals(1, centre.segments.count());
    }
}
