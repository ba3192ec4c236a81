package io.watchfloor.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.recordings.port.in.AdoptRetentionPolicy;
import io.watchfloor.recordings.port.in.SweepRetention;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.testkit.recordings.RecordingsFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The retention policy")
class RetentionPolicyTest {

    static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);

    @Test
    @Tag("RET-02")
    @DisplayName("defaults to 30 days in ordinary zones and 90 in important ones, and every number can be changed")
    void defaults() {
        RetentionPolicy policy = RetentionPolicy.defaults(ShortageChoice.ALARM_ONLY);
        RetentionPolicy changed = RetentionPolicy.builder("strict", ShortageChoice.ALARM_ONLY)
                .ordinaryMinimum(Duration.ofDays(45)).importantMinimum(Duration.ofDays(180)).build();

        assertEquals(Duration.ofDays(30), policy.zoneMinimum(ZoneImportance.ORDINARY));
        assertEquals(Duration.ofDays(90), policy.zoneMinimum(ZoneImportance.IMPORTANT));
        assertTrue(policy.maximumRetention().isEmpty());
        assertEquals(Duration.ofDays(45), changed.zoneMinimum(ZoneImportance.ORDINARY));
        assertEquals(Duration.ofDays(180), changed.zoneMinimum(ZoneImportance.IMPORTANT));
    }

    @Test
    @Tag("RET-09")
    @DisplayName("a maximum below any minimum is refused when the policy is built, naming RET-09 and both durations")
    void maximumBelowMinimumRefused() {
        RuleViolation zone = assertThrows(RuleViolation.class, () -> RetentionPolicy.builder("privacy", ShortageChoice.ALARM_ONLY)
                .maximum(Duration.ofDays(60)).build());
        RuleViolation trigger = assertThrows(RuleViolation.class, () -> RetentionPolicy.builder("privacy", ShortageChoice.ALARM_ONLY)
                .maximum(Duration.ofDays(100)).trigger(Trigger.ALARM, Duration.ofDays(120)).build());

        assertEquals("RET-09", zone.ruleId());
        assertEquals("RET-09: a maximum retention of 60 days is below the important-zone minimum of 90 days; a maximum may not be below a minimum",
                zone.getMessage());
        assertTrue(trigger.getMessage().contains("alarm footage of 120 days"));
        assertEquals(Duration.ofDays(90), RetentionPolicy.builder("ok", ShortageChoice.ALARM_ONLY).maximum(Duration.ofDays(90)).build().maximum());
    }

    @Test
    @Tag("RET-10")
    @DisplayName("the choice for a storage shortage must be made explicitly")
    void shortageChoiceIsExplicit() {
        InvalidCommand refused = assertThrows(InvalidCommand.class, () -> RetentionPolicy.builder("undecided", null).build());
        assertEquals("onShortage", refused.errors().get(0).field());
    }

    @Test
    @Tag("RET-08")
    @DisplayName("adopting a shorter policy keeps the keep-until of footage already recorded; new footage gets the new one")
    void shorteningAppliesToNewFootageOnly() {
        RecordingsFixture centre = new RecordingsFixture(MONDAY, RetentionPolicy.builder("long", ShortageChoice.ALARM_ONLY)
                .ordinaryMinimum(Duration.ofDays(60)).build());
        CameraId gate = centre.camera(ZoneImportance.ORDINARY);
        Segment before = centre.record(gate, MONDAY, HOUR);

        centre.module.adoptRetentionPolicy().adopt(new AdoptRetentionPolicy.Command(centre.head.id(),
                RetentionPolicy.builder("short", ShortageChoice.ALARM_ONLY).importantMinimum(Duration.ofDays(30))
                        .maximum(Duration.ofDays(30)).build()));
        Segment after = centre.record(gate, MONDAY.plus(HOUR), HOUR);
        centre.clock.set(MONDAY.plus(Duration.ofDays(45)));
        centre.module.sweepRetention().sweep(SweepRetention.Command.standard());

        assertEquals(MONDAY.plus(HOUR).plus(Duration.ofDays(60)), centre.segments.get(before.id()).keepUntil());
        assertEquals("long", centre.segments.get(before.id()).policy());
        assertEquals(MONDAY.plus(HOUR.multipliedBy(2)).plus(Duration.ofDays(30)), after.keepUntil());
        assertTrue(centre.segments.find(after.id()).isEmpty(), "new footage past the new maximum is destroyed");
        assertEquals("short", centre.policies.current().name());
    }

    @Test
    @Tag("RET-09")
    @DisplayName("a tightened maximum applies at the next sweep to footage whose retention has ended")
    void tightenedMaximumAppliesAtNextSweep() {
        RecordingsFixture centre = new RecordingsFixture(MONDAY);
        CameraId gate = centre.camera(ZoneImportance.ORDINARY);
        Segment old = centre.record(gate, MONDAY, HOUR);
        centre.clock.set(MONDAY.plus(Duration.ofDays(40)));
        assertEquals(0, centre.module.sweepRetention().sweep(SweepRetention.Command.standard()).destroyed());

        centre.module.adoptRetentionPolicy().adopt(new AdoptRetentionPolicy.Command(centre.head.id(),
                RetentionPolicy.builder("privacy", ShortageChoice.ALARM_ONLY).importantMinimum(Duration.ofDays(30))
                        .maximum(Duration.ofDays(35)).build()));
        SweepReport report = centre.module.sweepRetention().sweep(SweepRetention.Command.standard());

        assertEquals(1, report.destroyed());
        assertTrue(centre.segments.find(old.id()).isEmpty());
        assertEquals("privacy", centre.records.of(old.id()).get(0).policy());
    }

    @Test
    @Tag("RET-08")
    @DisplayName("only the centre head adopts a policy")
    void onlyTheHeadAdopts() {
        RecordingsFixture centre = new RecordingsFixture(MONDAY);

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.adoptRetentionPolicy().adopt(
                new AdoptRetentionPolicy.Command(centre.operator.id(), RetentionPolicy.defaults(ShortageChoice.ALARM_ONLY))));

        assertEquals("PEOPLE-01", refusal.ruleId());
        assertEquals(1, centre.policies.history().size());
    }

    @Test
    @Tag("RET-08")
    @Tag("RET-02")
    @DisplayName("footage reported late keeps the policy in force when it was recorded: 90 days on day 0, 7 from day 2, reported on day 3")
    void lateReportKeepsThePolicyItWasRecordedUnder() {
        RecordingsFixture centre = new RecordingsFixture(MONDAY, RetentionPolicy.builder("long", ShortageChoice.ALARM_ONLY).build());
        CameraId vault = centre.camera(ZoneImportance.IMPORTANT);
        centre.clock.set(MONDAY.plus(Duration.ofDays(2)));
        centre.module.adoptRetentionPolicy().adopt(new AdoptRetentionPolicy.Command(centre.head.id(),
                RetentionPolicy.builder("short", ShortageChoice.ALARM_ONLY).ordinaryMinimum(Duration.ofDays(7))
                        .importantMinimum(Duration.ofDays(7)).build()));
        centre.clock.set(MONDAY.plus(Duration.ofDays(3)));

        Segment recordedOnDayZero = centre.record(vault, MONDAY, HOUR);
        Segment recordedAfterTheChange = centre.record(vault, MONDAY.plus(Duration.ofDays(2)).plus(HOUR), HOUR);
        Segment spanningTheChange = centre.record(vault, MONDAY.plus(Duration.ofDays(2)).minus(HOUR), HOUR.multipliedBy(2));

        assertEquals(MONDAY.plus(HOUR).plus(Duration.ofDays(90)), recordedOnDayZero.keepUntil());
        assertEquals("long", recordedOnDayZero.policy());
        assertEquals(MONDAY.plus(Duration.ofDays(2)).plus(HOUR.multipliedBy(2)).plus(Duration.ofDays(7)), recordedAfterTheChange.keepUntil());
        assertEquals("short", recordedAfterTheChange.policy());
        assertEquals("long", spanningTheChange.policy(), "footage partly recorded under the longer policy keeps it");
        assertEquals(List.of("long", "short"), centre.policies.history().stream().map(a -> a.policy().name()).toList());
        assertEquals(List.of(Instant.EPOCH, MONDAY.plus(Duration.ofDays(2))), centre.policies.history().stream().map(AdoptedPolicy::adoptedAt).toList());
    }

    @Test
    @Tag("RET-09")
    @DisplayName("zero or negative minimums and headroom are refused naming the field")
    void zeroOrNegativeMinimumsRefused() {
        CameraId gate = CameraId.newId();
        Map<String, RetentionPolicy.Builder> bad = new LinkedHashMap<>();
        bad.put("ordinaryMinimum", RetentionPolicy.builder("p", ShortageChoice.ALARM_ONLY).ordinaryMinimum(Duration.ZERO));
        bad.put("importantMinimum", RetentionPolicy.builder("p", ShortageChoice.ALARM_ONLY).importantMinimum(Duration.ofDays(-1)));
        bad.put("cameraMinimums", RetentionPolicy.builder("p", ShortageChoice.ALARM_ONLY).camera(gate, Duration.ZERO));
        bad.put("triggerMinimums", RetentionPolicy.builder("p", ShortageChoice.ALARM_ONLY).trigger(Trigger.ALARM, Duration.ofHours(-1)));
        bad.put("headroom", RetentionPolicy.builder("p", ShortageChoice.ALARM_ONLY).headroom(Duration.ZERO));
        bad.put("maximum", RetentionPolicy.builder("p", ShortageChoice.ALARM_ONLY).maximum(Duration.ofDays(-100)));

        bad.forEach((field, builder) -> {
            RuntimeException refusal = assertThrows(RuntimeException.class, builder::build, field);
            assertTrue(refusal.getMessage().contains(field), field + ": " + refusal.getMessage());
        });
        assertEquals(Duration.ofSeconds(1), RetentionPolicy.builder("p", ShortageChoice.ALARM_ONLY).ordinaryMinimum(Duration.ofSeconds(1))
                .build().ordinaryMinimum(), "the least positive minimum is accepted");
    }

    @Test
    @Tag("RET-09")
    @DisplayName("a maximum below one camera's own minimum is refused naming RET-09 and the camera")
    void maximumBelowACamerasMinimumRefused() {
        CameraId vault = CameraId.newId();

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> RetentionPolicy.builder("privacy", ShortageChoice.ALARM_ONLY)
                .maximum(Duration.ofDays(100)).camera(vault, Duration.ofDays(120)).build());

        assertEquals("RET-09", refusal.ruleId());
        assertTrue(refusal.getMessage().contains("the minimum of camera " + vault + " of 120 days"), refusal.getMessage());
        assertEquals(Duration.ofDays(120), RetentionPolicy.builder("ok", ShortageChoice.ALARM_ONLY)
                .maximum(Duration.ofDays(120)).camera(vault, Duration.ofDays(120)).build().maximum());
    }
}
