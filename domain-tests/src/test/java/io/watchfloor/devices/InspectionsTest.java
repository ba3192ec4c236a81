package io.watchfloor.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.devices.port.in.RecordInspection;
import io.watchfloor.devices.port.in.ScheduleInspections;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("DEVICE-02")
@DisplayName("DEVICE-02: inspections on schedules")
class InspectionsTest {

    private final DevicesFixtures centre = new DevicesFixtures();

    private InspectionSchedule shiftCheck() {
        return centre.module.scheduleInspections().schedule(new ScheduleInspections.Command(centre.shiftLeader.id(), "Camera check at shift start",
                DeviceType.CAMERA, InspectionFrequency.AT_SHIFT_START, InspectionSchedule.SHIFT_START_CAMERA_CHECKS));
    }

    private static Map<String, Boolean> allPass() {
        return Map.of("picture clear", true, "recording on", true, "storage space", true);
    }

    @Test
    @DisplayName("an inspection answers every checklist item; a failed item is kept and announced")
    void recordsAnInspection() {
        InspectionSchedule schedule = shiftCheck();
        Device camera = centre.camera("HP-CAM-00001", 1);

        Inspection inspection = centre.module.recordInspection().record(new RecordInspection.Command(centre.operator.id(), camera.id(), schedule.id(),
                Map.of("picture clear", false, "recording on", true, "storage space", true), "fogged lens"));

        assertFalse(inspection.passed());
        assertEquals(List.of("picture clear"), inspection.failedItems());
        assertEquals(List.of("picture clear", "recording on", "storage space"), List.copyOf(inspection.results().keySet()));
        assertEquals(List.of(inspection), centre.stores.inspections.forDevice(camera.id()));
        assertEquals(new DeviceEvent.InspectionRecorded(inspection.id(), camera.id(), false, List.of("picture clear"), DevicesFixtures.MONDAY_9AM),
                centre.events.ofType(DeviceEvent.InspectionRecorded.class).get(0));
    }

    @Test
    @DisplayName("inspections become overdue one interval after the last one (or after registration); inspecting clears the flag")
    void overdue() {
        InspectionSchedule schedule = shiftCheck();
        Device first = centre.camera("HP-CAM-00001", 1);
        centre.clock.advance(Duration.ofHours(1));
        Device second = centre.camera("HP-CAM-00002", 2);
        centre.device("HP-CAM-SPARE", DeviceType.CAMERA, 3, true);
        centre.device("HP-UPS-1", DeviceType.POWER, 4, false);

        centre.clock.advance(Duration.ofHours(7));
        assertTrue(centre.module.listOverdueInspections().overdue().isEmpty(), "exactly 8 h is not yet overdue");
        centre.clock.advance(Duration.ofMinutes(30));
        List<OverdueInspection> overdue = centre.module.listOverdueInspections().overdue();

        assertEquals(List.of("HP-CAM-00001"), overdue.stream().map(OverdueInspection::assetNumber).toList());
        assertEquals(first.registeredAt().plus(Duration.ofHours(8)), overdue.get(0).dueAt());
        assertEquals(Duration.ofMinutes(30), overdue.get(0).overdueBy());
        assertNull(overdue.get(0).lastDone());

        centre.module.recordInspection().record(new RecordInspection.Command(centre.operator.id(), first.id(), schedule.id(), allPass(), null));
        centre.clock.advance(Duration.ofHours(1));
        assertEquals(List.of(second.id()), centre.module.listOverdueInspections().overdue().stream().map(OverdueInspection::device).toList());
    }

    @Test
    @DisplayName("the interval of each frequency comes from the policy and can be changed")
    void policyIntervals() {
        DevicesFixtures weekly = new DevicesFixtures(new DevicePolicy(Duration.ofSeconds(5), Duration.ofMinutes(15), 10, Duration.ofHours(12),
                Duration.ofDays(7), Duration.ofDays(31), Duration.ofHours(24), 500));
        weekly.module.scheduleInspections().schedule(new ScheduleInspections.Command(weekly.technician.id(), "Shift check", DeviceType.CAMERA,
                InspectionFrequency.AT_SHIFT_START, List.of("picture clear")));
        weekly.camera("HP-CAM-00001", 1);

        weekly.clock.advance(Duration.ofHours(11));
        assertTrue(weekly.module.listOverdueInspections().overdue().isEmpty());
        weekly.clock.advance(Duration.ofHours(2));
        assertEquals(1, weekly.module.listOverdueInspections().overdue().size());
        assertThrows(IllegalArgumentException.class, () -> DevicePolicy.DEFAULT.withFaultAfter(Duration.ofMinutes(-1)));
    }

    @Test
    @DisplayName("results that miss or add checklist items, or a schedule of another device type, are refused and nothing is recorded")
    void badResults() {
        InspectionSchedule schedule = shiftCheck();
        Device camera = centre.camera("HP-CAM-00001", 1);
        Device ups = centre.device("HP-UPS-1", DeviceType.POWER, 2, false);

        InvalidCommand missing = assertThrows(InvalidCommand.class, () -> centre.module.recordInspection().record(
                new RecordInspection.Command(centre.operator.id(), camera.id(), schedule.id(), Map.of("picture clear", true, "lens dusty", false), null)));
        RuleViolation wrongType = assertThrows(RuleViolation.class, () -> centre.module.recordInspection().record(
                new RecordInspection.Command(centre.operator.id(), ups.id(), schedule.id(), allPass(), null)));
        RuleViolation notAnInspector = assertThrows(RuleViolation.class, () -> centre.module.recordInspection().record(
                new RecordInspection.Command(centre.supervisor.id(), camera.id(), schedule.id(), allPass(), null)));
        InvalidCommand empty = assertThrows(InvalidCommand.class, () -> centre.module.scheduleInspections().schedule(
                new ScheduleInspections.Command(centre.technician.id(), "Empty", DeviceType.CAMERA, InspectionFrequency.WEEKLY, List.of())));

        assertEquals("results: misses the checklist items [recording on, storage space] and names items not on the checklist [lens dusty]",
                missing.errors().get(0).toString());
        assertEquals("DEVICE-02", wrongType.ruleId());
        assertEquals("PEOPLE-01", notAnInspector.ruleId());
        assertEquals("checklist", empty.errors().get(0).field());
        assertTrue(centre.stores.inspections.forDevice(camera.id()).isEmpty());
        assertTrue(centre.stores.inspections.forDevice(ups.id()).isEmpty());
        assertEquals(1, centre.stores.schedules.all().size());
    }
}
