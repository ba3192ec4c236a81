package io.watchfloor.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.devices.port.in.ApplyChange;
import io.watchfloor.devices.port.in.DecideChange;
import io.watchfloor.devices.port.in.RecordObservedChange;
import io.watchfloor.devices.port.in.RequestChange;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.testkit.devices.DeviceSamples;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("DEVICE-04")
@DisplayName("DEVICE-04: changes to devices are approved before they are applied")
class ChangesTest {

    private final DevicesFixtures centre = new DevicesFixtures();

    private ChangeRequest reaim(Device camera) {
        return centre.module.requestChange().request(new RequestChange.Command(centre.operator.id(), camera.id(), ChangeKind.REAIM,
                ProposedChange.reaim("towards the bus stop at gate 3"), "fights at the bus stop every night"));
    }

    @Test
    @DisplayName("a re-aim is requested, approved by the shift leader and applied by a technician; the device's history names the request")
    void approvedThenApplied() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        ChangeRequest request = reaim(camera);
        centre.clock.advance(Duration.ofMinutes(20));
        centre.module.decideChange().approve(new DecideChange.Command(centre.shiftLeader.id(), request.id(), "go ahead"));
        centre.clock.advance(Duration.ofHours(2));

        Device after = centre.module.applyChange().apply(new ApplyChange.Command(centre.technician.id(), request.id()));

        assertEquals("towards the bus stop at gate 3", after.details().installation().aim());
        DeviceChange last = after.history().get(after.history().size() - 1);
        assertTrue(last.reason().startsWith("change request " + request.id() + " (re-aiming)"), last.reason());
        assertEquals(centre.technician.id(), last.actor());
        ChangeRequest applied = centre.stores.changes.get(request.id());
        assertEquals(ChangeState.APPLIED, applied.state());
        assertEquals(applied.withVersion(io.watchfloor.shared.Version.NEW),
                ChangeRequest.replay(applied.id(), applied.device(), applied.kind(), applied.proposal(), applied.reason(), applied.history()));
        assertEquals(List.of(ChangeAction.REQUEST, ChangeAction.APPROVE, ChangeAction.APPLY), applied.history().stream().map(ChangeStep::action).toList());
    }

    @Test
    @DisplayName("a change that is not approved cannot be applied, and the device stays as it was")
    void notBeforeApproval() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        ChangeRequest request = reaim(camera);

        RuleViolation refusal = assertThrows(RuleViolation.class,
                () -> centre.module.applyChange().apply(new ApplyChange.Command(centre.technician.id(), request.id())));

        assertEquals("DEVICE-04: change request " + request.id() + " (re-aiming a device) is requested: it cannot be applied, because a change is "
                + "applied only after it is approved", refusal.getMessage());
        assertEquals(camera.details(), centre.stores.devices.get(camera.id()).details());
        assertEquals(ChangeState.REQUESTED, centre.stores.changes.get(request.id()).state());
    }

    @Test
    @DisplayName("nobody approves their own request; an operator cannot approve; a rejected request can no longer be approved or applied")
    void whoDecides() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        ChangeRequest own = centre.module.requestChange().request(new RequestChange.Command(centre.shiftLeader.id(), camera.id(), ChangeKind.CHANGE_USE,
                ProposedChange.changeUse(new Zone("Metro Line 2 entrance", ZoneImportance.IMPORTANT, AccessLevel.ADVANCED), null), "counter-terrorism target"));

        RuleViolation self = assertThrows(RuleViolation.class,
                () -> centre.module.decideChange().approve(new DecideChange.Command(centre.shiftLeader.id(), own.id(), null)));
        RuleViolation operator = assertThrows(RuleViolation.class,
                () -> centre.module.decideChange().approve(new DecideChange.Command(centre.operator.id(), own.id(), null)));
        InvalidCommand noReason = assertThrows(InvalidCommand.class,
                () -> centre.module.decideChange().reject(new DecideChange.Command(centre.centreHead.id(), own.id(), "")));
        centre.module.decideChange().reject(new DecideChange.Command(centre.centreHead.id(), own.id(), "wait for the district's decision"));
        RuleViolation afterRejection = assertThrows(RuleViolation.class,
                () -> centre.module.decideChange().approve(new DecideChange.Command(centre.centreHead.id(), own.id(), null)));

        assertEquals("DEVICE-04", self.ruleId());
        assertEquals("PEOPLE-01", operator.ruleId());
        assertEquals("note", noReason.errors().get(0).field());
        assertEquals("DEVICE-04", afterRejection.ruleId());
        assertEquals(ChangeState.REJECTED, centre.stores.changes.get(own.id()).state());
    }

    @Test
    @DisplayName("a proposal that does not fit its kind of change is refused naming the field")
    void proposalFitsKind() {
        Device camera = centre.camera("HP-CAM-00001", 1);

        InvalidCommand refusal = assertThrows(InvalidCommand.class, () -> centre.module.requestChange().request(new RequestChange.Command(
                centre.operator.id(), camera.id(), ChangeKind.MOVE, ProposedChange.reaim("gate 3"), "road works")));

        assertEquals(List.of("proposal"), refusal.errors().stream().map(InvalidCommand.FieldError::field).toList());
        assertTrue(centre.stores.changes.all().isEmpty());
    }

    @Test
    @DisplayName("a change seen without an approved request is recorded as a violation and announced; an approved one is not")
    void observedChanges() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        Device other = centre.camera("HP-CAM-00002", 2);
        ChangeRequest request = reaim(camera);
        centre.module.decideChange().approve(new DecideChange.Command(centre.shiftLeader.id(), request.id(), null));

        ObservedChangeOutcome covered = centre.module.recordObservedChange().record(new RecordObservedChange.Command(centre.operator.id(), camera.id(),
                ChangeKind.REAIM, "now looks at the bus stop"));
        ObservedChangeOutcome unapproved = centre.module.recordObservedChange().record(new RecordObservedChange.Command(centre.operator.id(), other.id(),
                ChangeKind.REAIM, "turned towards the residential windows"));
        ObservedChangeOutcome otherKind = centre.module.recordObservedChange().record(new RecordObservedChange.Command(centre.operator.id(), camera.id(),
                ChangeKind.MOVE, "mounted on the next pole"));

        assertEquals(new ObservedChangeOutcome.Approved(request.id()), covered);
        ChangeViolation violation = assertInstanceOf(ObservedChangeOutcome.Unapproved.class, unapproved).violation();
        assertEquals("DEVICE-04: re-aiming device HP-CAM-00002 was seen without an approved change request: turned towards the residential windows",
                violation.sentence());
        assertInstanceOf(ObservedChangeOutcome.Unapproved.class, otherKind);
        assertEquals(2, centre.stores.violations.all().size());
        assertEquals(2, centre.events.ofType(DeviceEvent.UnapprovedChangeObserved.class).size());
    }

    @Test
    @DisplayName("an applied change covers what is seen within the policy's window after it, not later")
    void window() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        ChangeRequest request = reaim(camera);
        centre.module.decideChange().approve(new DecideChange.Command(centre.shiftLeader.id(), request.id(), null));
        centre.module.applyChange().apply(new ApplyChange.Command(centre.technician.id(), request.id()));
        RecordObservedChange.Command seen = new RecordObservedChange.Command(centre.operator.id(), camera.id(), ChangeKind.REAIM, "aimed elsewhere");

        centre.clock.advance(Duration.ofHours(24));
        ObservedChangeOutcome sameDay = centre.module.recordObservedChange().record(seen);
        centre.clock.advance(Duration.ofMinutes(1));
        ObservedChangeOutcome dayAfter = centre.module.recordObservedChange().record(seen);

        assertInstanceOf(ObservedChangeOutcome.Approved.class, sameDay);
        assertInstanceOf(ObservedChangeOutcome.Unapproved.class, dayAfter);
    }

    @Test
    @DisplayName("a reconfiguration changes the network address and credentials reference, never to a password")
    void reconfigure() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        ChangeRequest request = centre.module.requestChange().request(new RequestChange.Command(centre.technician.id(), camera.id(), ChangeKind.RECONFIGURE,
                ProposedChange.reconfigure(new NetworkAddress("10.30.0.17:80"), new CredentialsReference("vault:cctv/huangpu/hp-cam-00001-v2")),
                "new subnet"));
        centre.module.decideChange().approve(new DecideChange.Command(centre.centreHead.id(), request.id(), null));

        Device after = centre.module.applyChange().apply(new ApplyChange.Command(centre.secondTechnician.id(), request.id()));

        assertEquals("10.30.0.17:80", after.details().address().value());
        assertTrue(after.history().get(after.history().size() - 1).touches("credentialsReference"));
        assertThrows(IllegalArgumentException.class, () -> ProposedChange.reconfigure(null, new CredentialsReference("admin:12345")));
        assertEquals(DeviceSamples.camera("HP-CAM-00001", 1).model(), after.details().model());
    }
}
