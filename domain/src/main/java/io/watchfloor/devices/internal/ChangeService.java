package io.watchfloor.devices.internal;

import io.watchfloor.devices.ChangeKind;
import io.watchfloor.devices.ChangeRequest;
import io.watchfloor.devices.ChangeRequestId;
import io.watchfloor.devices.ChangeState;
import io.watchfloor.devices.ChangeViolation;
import io.watchfloor.devices.ChangeViolationId;
import io.watchfloor.devices.Device;
import io.watchfloor.devices.DeviceDetails;
import io.watchfloor.devices.DeviceEvent;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.ObservedChangeOutcome;
import io.watchfloor.devices.port.in.ApplyChange;
import io.watchfloor.devices.port.in.DecideChange;
import io.watchfloor.devices.port.in.RecordObservedChange;
import io.watchfloor.devices.port.in.RequestChange;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.RuleViolation;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/** Change requests, their approval and application, and observed changes (DEVICE-04, DEVICE-07). */
public final class ChangeService implements RequestChange, DecideChange, ApplyChange, RecordObservedChange {

    private final Ports ports;

    public ChangeService(Ports ports) {
        this.ports = ports;
    }

    @Override
    public ChangeRequest request(RequestChange.Command command) {
        ports.validation().valid(command);
        return ports.transactions().inTransaction(() -> {
            ports.actor(command.requester(), RepairService.REPORTERS, "request a change to a device");
            Device device = ports.devices().get(command.device());
            try {
                command.proposal().applyTo(device.details());
            } catch (RuleViolation e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw Ports.invalid(command, "proposal", e.getMessage());
            }
            Instant at = ports.clock().instant();
            ChangeRequest request = ChangeRequest.request(ChangeRequestId.newId(), device.id(), command.kind(), command.proposal(),
                    command.reason().strip(), command.requester(), at);
            ChangeRequest stored = ports.changes().save(request);
            ports.events().publish(new DeviceEvent.ChangeRequested(stored.id(), device.id(), stored.kind(), command.requester(), at));
            return stored;
        });
    }

    @Override
    public ChangeRequest approve(DecideChange.Command command) {
        ports.validation().valid(command);
        return decide(command, (approver, request, at) -> request.approve(approver, at, command.note()));
    }

    @Override
    public ChangeRequest reject(DecideChange.Command command) {
        ports.validation().valid(command);
        if (command.note() == null || command.note().isBlank()) {
            throw Ports.invalid(command, "note", "a rejection gives its reason");
        }
        return decide(command, (approver, request, at) -> request.reject(approver, at, command.note()));
    }

    private interface Decision {
        ChangeRequest.Moved apply(Person approver, ChangeRequest request, Instant at);
    }

    private ChangeRequest decide(DecideChange.Command command, Decision decision) {
        return ports.transactions().inTransaction(() -> {
            Person approver = ports.people().get(command.approver());
            ChangeRequest.Moved moved = decision.apply(approver, ports.changes().get(command.request()), ports.clock().instant());
            ChangeRequest stored = ports.changes().save(moved.request());
            ports.events().publish(moved.event());
            return stored;
        });
    }

    @Override
    public Device apply(ApplyChange.Command command) {
        ports.validation().valid(command);
        return ports.transactions().inTransaction(() -> {
            Person technician = ports.people().get(command.technician());
            Instant at = ports.clock().instant();
            ChangeRequest.Moved moved = ports.changes().get(command.request()).apply(technician, at);
            ChangeRequest request = ports.changes().save(moved.request());
            Device device = ports.devices().get(request.device());
            DeviceDetails next = request.proposal().applyTo(device.details());
            Device stored = device;
            if (!next.equals(device.details())) {
                Device.Changed changed = device.revise(next, at, technician.id(),
                        "change request " + request.id() + " (" + request.kind().gerund() + "): " + request.reason());
                stored = ports.devices().save(changed.device());
                ports.events().publish(changed.event());
            }
            ports.events().publish(moved.event());
            return stored;
        });
    }

    @Override
    public ObservedChangeOutcome record(RecordObservedChange.Command command) {
        ports.validation().valid(command);
        return ports.transactions().inTransaction(() -> {
            ports.actor(command.observer(), RepairService.REPORTERS, "record a change seen on a device");
            return observe(command.device(), command.kind(), command.description().strip(), command.observer());
        });
    }

    /** Decides an observed change inside the caller's unit of work; {@code observer} is null for the health monitor. */
    ObservedChangeOutcome observe(DeviceId deviceId, ChangeKind kind, String description, PersonId observer) {
        Device device = ports.devices().get(deviceId);
        Instant at = ports.clock().instant();
        Optional<ChangeRequest> covering = ports.changes().forDevice(device.id()).stream()
                .filter(r -> r.kind() == kind)
                .filter(r -> r.state() == ChangeState.APPROVED
                        || r.state() == ChangeState.APPLIED && r.appliedAt().map(t -> !t.isAfter(at)
                        && !t.plus(ports.policy().observedChangeWindow()).isBefore(at)).orElse(false))
                .max(Comparator.comparing(ChangeRequest::requestedAt));
        if (covering.isPresent()) {
            return new ObservedChangeOutcome.Approved(covering.get().id());
        }
        ChangeViolation violation = new ChangeViolation(ChangeViolationId.newId(), device.id(), device.assetNumber(), kind, description, observer, at);
        ports.violations().add(violation);
        ports.events().publish(new DeviceEvent.UnapprovedChangeObserved(violation.id(), device.id(), kind, at));
        return new ObservedChangeOutcome.Unapproved(violation);
    }
}
