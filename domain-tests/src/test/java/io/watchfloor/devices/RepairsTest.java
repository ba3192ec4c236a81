package io.watchfloor.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.devices.port.in.MoveRepair;
import io.watchfloor.devices.port.in.ReportFault;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("DEVICE-03")
@DisplayName("DEVICE-03: faults and repair orders")
class RepairsTest {

    private final DevicesFixtures centre = new DevicesFixtures();

    private ReportFault.Reported reportOn(Device device) {
        return centre.module.reportFault().report(new ReportFault.Command(centre.operator.id(), device.id(),
                Set.of(Symptom.ABNORMAL_PICTURE, Symptom.NOISE), "picture rolls, fan rattles"));
    }

    @Test
    @DisplayName("an operator reports a fault; a technician takes it through assigned, in repair, repaired and verified, each step timed")
    void wholeRepair() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        ReportFault.Reported reported = reportOn(camera);
        assertEquals(DeviceStatus.FAULTY, centre.stores.devices.get(camera.id()).status());
        var repair = centre.module.moveRepair();
        RepairOrderId id = reported.order().id();

        centre.clock.advance(Duration.ofMinutes(10));
        repair.assign(new MoveRepair.Assign(centre.technician.id(), id, centre.technician.id()));
        centre.clock.advance(Duration.ofMinutes(30));
        repair.start(new MoveRepair.Step(centre.technician.id(), id));
        centre.clock.advance(Duration.ofMinutes(50));
        repair.finish(new MoveRepair.Finish(centre.technician.id(), id, "fan replaced"));
        centre.clock.advance(Duration.ofMinutes(20));
        RepairOrder verified = repair.verify(new MoveRepair.Step(centre.secondTechnician.id(), id));

        assertEquals(RepairState.VERIFIED, verified.state());
        assertEquals(List.of(RepairAction.REPORT, RepairAction.ASSIGN, RepairAction.START, RepairAction.FINISH, RepairAction.VERIFY),
                verified.history().stream().map(RepairStep::action).toList());
        assertEquals(DevicesFixtures.MONDAY_9AM.plus(Duration.ofMinutes(90)), verified.repairedAt().orElseThrow());
        assertEquals(Duration.ofMinutes(90), verified.timeToRepair().orElseThrow());
        assertEquals(DeviceStatus.IN_SERVICE, centre.stores.devices.get(camera.id()).status());
        assertEquals(verified.withVersion(io.watchfloor.shared.Version.NEW),
                RepairOrder.replay(id, camera.id(), DeviceType.CAMERA, verified.history()));
        assertEquals(List.of(new RepairTimes(DeviceType.CAMERA, 1, Duration.ofMinutes(90))), centre.module.measureRepairs().meanTimeToRepair());
    }

    @Test
    @DisplayName("operators report and never repair: an operator moving a repair is refused naming DEVICE-03, and the order stays as it was")
    void operatorsNeverRepair() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        RepairOrderId id = reportOn(camera).order().id();

        RuleViolation assign = assertThrows(RuleViolation.class,
                () -> centre.module.moveRepair().assign(new MoveRepair.Assign(centre.operator.id(), id, centre.technician.id())));
        RuleViolation toOperator = assertThrows(RuleViolation.class,
                () -> centre.module.moveRepair().assign(new MoveRepair.Assign(centre.technician.id(), id, centre.operator.id())));

        assertEquals("DEVICE-03: Li Na may not assign a repair: only technicians move a repair, and operators report faults and never repair",
                assign.getMessage());
        assertEquals("DEVICE-03", toOperator.ruleId());
        assertEquals(RepairState.REPORTED, centre.stores.repairs.get(id).state());
        assertEquals(1, centre.stores.repairs.get(id).history().size());
    }

    @Test
    @DisplayName("steps out of order are refused: no start before assignment, no verification before the repair is finished, only the assignee starts")
    void illegalTransitions() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        RepairOrderId id = reportOn(camera).order().id();
        var repair = centre.module.moveRepair();

        RuleViolation early = assertThrows(RuleViolation.class, () -> repair.start(new MoveRepair.Step(centre.technician.id(), id)));
        repair.assign(new MoveRepair.Assign(centre.technician.id(), id, centre.technician.id()));
        RuleViolation notAssignee = assertThrows(RuleViolation.class, () -> repair.start(new MoveRepair.Step(centre.secondTechnician.id(), id)));
        RuleViolation unfinished = assertThrows(RuleViolation.class, () -> repair.verify(new MoveRepair.Step(centre.technician.id(), id)));

        assertEquals("DEVICE-03: repair order " + id + " is reported: it cannot take the step start, because only an assigned repair can start",
                early.getMessage());
        assertEquals("DEVICE-03", notAssignee.ruleId());
        assertEquals("DEVICE-03", unfinished.ruleId());
        assertEquals(RepairState.ASSIGNED, centre.stores.repairs.get(id).state());
        assertEquals(DeviceStatus.FAULTY, centre.stores.devices.get(camera.id()).status());
    }

    @Test
    @DisplayName("a failed verification sends the repair back with its reason; the second finish counts for the time to repair")
    void rework() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        RepairOrderId id = reportOn(camera).order().id();
        var repair = centre.module.moveRepair();
        repair.assign(new MoveRepair.Assign(centre.technician.id(), id, centre.technician.id()));
        repair.start(new MoveRepair.Step(centre.technician.id(), id));
        centre.clock.advance(Duration.ofHours(1));
        repair.finish(new MoveRepair.Finish(centre.technician.id(), id, null));

        RepairOrder back = repair.reject(new MoveRepair.Reject(centre.secondTechnician.id(), id, "picture still rolls at night"));
        centre.clock.advance(Duration.ofHours(1));
        repair.finish(new MoveRepair.Finish(centre.technician.id(), id, "cable replaced"));
        RepairOrder done = repair.verify(new MoveRepair.Step(centre.secondTechnician.id(), id));

        assertEquals(RepairState.IN_REPAIR, back.state());
        assertEquals(Duration.ofHours(2), done.timeToRepair().orElseThrow());
        assertThrows(InvalidCommand.class, () -> repair.reject(new MoveRepair.Reject(centre.technician.id(), id, " ")));
    }

    @Test
    @DisplayName("a spare of the same type stands in while the device is repaired, and goes back to the spares when the repair is verified")
    void spareStandsIn() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        Device spare = centre.device("HP-CAM-SPARE-1", DeviceType.CAMERA, 2, true);
        Device ups = centre.device("HP-UPS-SPARE", DeviceType.POWER, 3, true);
        RepairOrderId id = reportOn(camera).order().id();
        var repair = centre.module.moveRepair();

        int eventsBefore = centre.events.all().size();
        RuleViolation wrongType = assertThrows(RuleViolation.class, () -> repair.standIn(new MoveRepair.StandIn(centre.technician.id(), id, ups.id())));
        assertEquals(eventsBefore, centre.events.all().size(), "a refused stand-in announces nothing");
        assertEquals(null, centre.stores.repairs.get(id).spare());
        repair.standIn(new MoveRepair.StandIn(centre.technician.id(), id, spare.id()));
        Device standing = centre.stores.devices.get(spare.id());
        repair.assign(new MoveRepair.Assign(centre.technician.id(), id, centre.technician.id()));
        repair.start(new MoveRepair.Step(centre.technician.id(), id));
        repair.finish(new MoveRepair.Finish(centre.technician.id(), id, null));
        repair.verify(new MoveRepair.Step(centre.technician.id(), id));

        assertEquals("DEVICE-03", wrongType.ruleId());
        assertEquals(DeviceStatus.SPARE, centre.stores.devices.get(ups.id()).status());
        assertEquals(DeviceStatus.STANDING_IN, standing.status());
        assertEquals(camera.id(), standing.standingInFor());
        assertEquals(DeviceStatus.SPARE, centre.stores.devices.get(spare.id()).status());
        assertEquals(DeviceStatus.IN_SERVICE, centre.stores.devices.get(camera.id()).status());
        assertEquals(spare.id(), centre.stores.repairs.get(id).spare());
    }

    @Test
    @DisplayName("a second fault on a device under repair joins its open order; mean time to repair is per device type")
    void secondFaultAndMeans() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        Device nvr = centre.device("HP-NVR-1", DeviceType.NVR_DVR, 2, false);
        RepairOrderId first = reportOn(camera).order().id();
        centre.clock.advance(Duration.ofMinutes(5));

        ReportFault.Reported again = reportOn(camera);
        RepairOrderId nvrOrder = reportOn(nvr).order().id();
        for (RepairOrderId id : List.of(first, nvrOrder)) {
            centre.module.moveRepair().assign(new MoveRepair.Assign(centre.technician.id(), id, centre.technician.id()));
            centre.module.moveRepair().start(new MoveRepair.Step(centre.technician.id(), id));
            centre.clock.advance(Duration.ofMinutes(id.equals(first) ? 55 : 30));
            centre.module.moveRepair().finish(new MoveRepair.Finish(centre.technician.id(), id, null));
            centre.module.moveRepair().verify(new MoveRepair.Step(centre.technician.id(), id));
        }

        assertEquals(first, again.order().id());
        assertEquals(2, centre.stores.repairs.get(first).faults().size());
        assertEquals(List.of(new RepairTimes(DeviceType.CAMERA, 1, Duration.ofMinutes(60)), new RepairTimes(DeviceType.NVR_DVR, 1, Duration.ofMinutes(85))),
                centre.module.measureRepairs().meanTimeToRepair());
    }

    @Test
    @DisplayName("a fault without symptoms or description, on an unknown device, or by someone not on duty staff is refused; nothing is stored")
    void badReports() {
        Device camera = centre.camera("HP-CAM-00001", 1);

        InvalidCommand empty = assertThrows(InvalidCommand.class, () -> centre.module.reportFault()
                .report(new ReportFault.Command(centre.operator.id(), camera.id(), Set.of(), "")));
        assertThrows(NotFound.class, () -> centre.module.reportFault()
                .report(new ReportFault.Command(centre.operator.id(), DeviceId.newId(), Set.of(Symptom.SMELL), "burning smell")));
        assertThrows(NotFound.class, () -> centre.module.moveRepair().start(new MoveRepair.Step(centre.technician.id(), RepairOrderId.newId())));

        assertEquals(List.of("description", "symptoms"), empty.errors().stream().map(InvalidCommand.FieldError::field).toList());
        assertTrue(centre.stores.faults.all().isEmpty());
        assertTrue(centre.stores.repairs.all().isEmpty());
        assertEquals(DeviceStatus.IN_SERVICE, centre.stores.devices.get(camera.id()).status());
    }
}
