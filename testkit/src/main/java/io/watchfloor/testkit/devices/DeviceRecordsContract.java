package io.watchfloor.testkit.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.devices.ChangeKind;
import io.watchfloor.devices.ChangeViolation;
import io.watchfloor.devices.ChangeViolationId;
import io.watchfloor.devices.DeviceHealth;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.DeviceType;
import io.watchfloor.devices.FaultReport;
import io.watchfloor.devices.HealthProblem;
import io.watchfloor.devices.Inspection;
import io.watchfloor.devices.InspectionFrequency;
import io.watchfloor.devices.InspectionId;
import io.watchfloor.devices.InspectionSchedule;
import io.watchfloor.devices.ServiceKind;
import io.watchfloor.devices.ServiceRecord;
import io.watchfloor.devices.ServiceRecordId;
import io.watchfloor.devices.port.out.ChangeViolations;
import io.watchfloor.devices.port.out.FaultReports;
import io.watchfloor.devices.port.out.HealthRecords;
import io.watchfloor.devices.port.out.InspectionSchedules;
import io.watchfloor.devices.port.out.Inspections;
import io.watchfloor.devices.port.out.ServiceRecords;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of the devices context's record stores must do: schedules (DEVICE-02),
 * inspections (DEVICE-02), fault reports (DEVICE-03), change violations (DEVICE-04), health
 * (DEVICE-05) and service records (DEVICE-06). Records are append-only. Supply fresh, empty stores.
 */
public abstract class DeviceRecordsContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract InspectionSchedules newSchedules();

    /** {@return a new, empty store; called once per test} */
    protected abstract Inspections newInspections();

    /** {@return a new, empty store; called once per test} */
    protected abstract FaultReports newFaultReports();

    /** {@return a new, empty store; called once per test} */
    protected abstract ChangeViolations newChangeViolations();

    /** {@return a new, empty store; called once per test} */
    protected abstract HealthRecords newHealthRecords();

    /** {@return a new, empty store; called once per test} */
    protected abstract ServiceRecords newServiceRecords();

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    private static final PersonId WHO = PersonId.newId();

    @Test
    @Tag("DEVICE-02")
    @DisplayName("schedules are stored with their checklists and listed by type and name")
    void schedules() {
        InspectionSchedules schedules = newSchedules();
        InspectionSchedule shift = schedules.save(InspectionSchedule.newSchedule("Camera shift check", DeviceType.CAMERA,
                InspectionFrequency.AT_SHIFT_START, InspectionSchedule.SHIFT_START_CAMERA_CHECKS));
        schedules.save(InspectionSchedule.newSchedule("UPS monthly", DeviceType.POWER, InspectionFrequency.MONTHLY, List.of("battery test")));

        assertEquals(new Version(1), shift.version());
        assertEquals(InspectionSchedule.SHIFT_START_CAMERA_CHECKS, schedules.get(shift.id()).checklist());
        assertEquals(List.of(shift.id()), schedules.forType(DeviceType.CAMERA).stream().map(InspectionSchedule::id).toList());
        assertEquals(List.of("Camera shift check", "UPS monthly"), schedules.all().stream().map(InspectionSchedule::name).toList());
    }

    @Test
    @Tag("DEVICE-02")
    @DisplayName("inspections are appended once and found latest-first per device and schedule, and by time")
    void inspections() {
        Inspections inspections = newInspections();
        InspectionSchedule schedule = InspectionSchedule.newSchedule("Camera shift check", DeviceType.CAMERA,
                InspectionFrequency.AT_SHIFT_START, List.of("picture clear"));
        DeviceId device = DeviceId.newId();
        Map<String, Boolean> ok = new LinkedHashMap<>(Map.of("picture clear", true));
        Inspection early = new Inspection(InspectionId.newId(), schedule.id(), device, WHO, T0, ok, "");
        Inspection late = new Inspection(InspectionId.newId(), schedule.id(), device, WHO, T0.plusSeconds(3600), Map.of("picture clear", false), "blurred");

        inspections.add(late);
        inspections.add(early);

        assertEquals(late, inspections.latest(device, schedule.id()).orElseThrow());
        assertEquals(List.of(early, late), inspections.forDevice(device));
        assertEquals(List.of(early), inspections.between(T0, T0.plusSeconds(3600)));
        assertThrows(ConcurrentModification.class, () -> inspections.add(early));
        assertEquals(2, inspections.forDevice(device).size());
    }

    @Test
    @Tag("DEVICE-03")
    @DisplayName("fault reports are appended once and listed per device in the order reported")
    void faultReports() {
        FaultReports faults = newFaultReports();
        DeviceId device = DeviceId.newId();
        FaultReport second = DeviceSamples.fault(device, WHO, T0.plusSeconds(60));
        FaultReport first = DeviceSamples.fault(device, WHO, T0);

        faults.add(second);
        faults.add(first);

        assertEquals(List.of(first, second), faults.forDevice(device));
        assertEquals(first, faults.get(first.id()));
        assertThrows(ConcurrentModification.class, () -> faults.add(first));
        assertEquals(2, faults.all().size());
    }

    @Test
    @Tag("DEVICE-04")
    @DisplayName("change violations are appended once and listed per device")
    void violations() {
        ChangeViolations violations = newChangeViolations();
        DeviceId device = DeviceId.newId();
        ChangeViolation v = new ChangeViolation(ChangeViolationId.newId(), device, "HP-CAM-00001", ChangeKind.REAIM, "turned to the wall", WHO, T0);

        violations.add(v);

        assertEquals(List.of(v), violations.forDevice(device));
        assertTrue(violations.forDevice(DeviceId.newId()).isEmpty());
        assertThrows(ConcurrentModification.class, () -> violations.add(v));
        assertEquals(1, violations.all().size());
    }

    @Test
    @Tag("DEVICE-05")
    @DisplayName("a camera's health is stored versioned with its ongoing problems; the unhealthy ones are listed")
    void health() {
        HealthRecords health = newHealthRecords();
        DeviceId sick = DeviceId.newId();
        DeviceHealth offline = health.save(new DeviceHealth(sick, T0,
                Map.of(HealthProblem.OFFLINE, new DeviceHealth.Ongoing(T0, "no answer", false)), Version.NEW));
        health.save(DeviceHealth.unseen(DeviceId.newId(), T0));

        assertEquals(offline, health.find(sick).orElseThrow());
        assertEquals(List.of(sick), health.unhealthy().stream().map(DeviceHealth::device).toList());
        assertThrows(ConcurrentModification.class, () -> health.save(DeviceHealth.unseen(sick, T0)));
        DeviceHealth well = health.save(new DeviceHealth(sick, T0.plusSeconds(300), Map.of(), offline.version()));
        assertEquals(new Version(2), well.version());
        assertTrue(health.unhealthy().isEmpty());
    }

    @Test
    @Tag("DEVICE-06")
    @DisplayName("service records keep firmware versions, are appended once and listed per device by time")
    void serviceRecords() {
        ServiceRecords records = newServiceRecords();
        DeviceId device = DeviceId.newId();
        ServiceRecord upgrade = new ServiceRecord(ServiceRecordId.newId(), device, ServiceKind.FIRMWARE_UPGRADE, WHO, T0.plusSeconds(60),
                "security patch", "V5.7.0", "V5.7.3");
        ServiceRecord cleaning = new ServiceRecord(ServiceRecordId.newId(), device, ServiceKind.CLEANING, WHO, T0, "lens cleaned", null, null);

        records.add(upgrade);
        records.add(cleaning);

        assertEquals(List.of(cleaning, upgrade), records.forDevice(device));
        assertEquals("V5.7.3", records.forDevice(device).get(1).firmwareTo());
        assertThrows(ConcurrentModification.class, () -> records.add(upgrade));
        assertEquals(2, records.all().size());
    }
}
