package io.watchfloor.devices.internal;

import io.watchfloor.devices.Device;
import io.watchfloor.devices.DeviceEvent;
import io.watchfloor.devices.DeviceStatus;
import io.watchfloor.devices.DeviceType;
import io.watchfloor.devices.FaultReport;
import io.watchfloor.devices.FaultReportId;
import io.watchfloor.devices.FaultSource;
import io.watchfloor.devices.RepairOrder;
import io.watchfloor.devices.RepairOrderId;
import io.watchfloor.devices.RepairState;
import io.watchfloor.devices.RepairTimes;
import io.watchfloor.devices.Symptom;
import io.watchfloor.devices.port.in.MeasureRepairs;
import io.watchfloor.devices.port.in.MoveRepair;
import io.watchfloor.devices.port.in.ReportFault;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fault reports, repair orders and repair times (DEVICE-03). */
public final class RepairService implements ReportFault, MoveRepair, MeasureRepairs {

    static final Set<Role> REPORTERS = Set.of(Role.OPERATOR, Role.SHIFT_LEADER, Role.TECHNICIAN, Role.FIELD_SUPERVISOR, Role.CENTRE_HEAD);

    private final Ports ports;

    public RepairService(Ports ports) {
        this.ports = ports;
    }

    @Override
    public Reported report(ReportFault.Command command) {
        ports.validation().valid(command);
        return ports.transactions().inTransaction(() -> {
            ports.actor(command.reporter(), REPORTERS, "report a fault");
            return file(command.device(), command.symptoms(), command.description().strip(), FaultSource.STAFF, command.reporter());
        });
    }

    /** Files a fault inside the caller's unit of work: opens or joins a repair order and marks the device faulty. */
    Reported file(io.watchfloor.devices.DeviceId deviceId, Set<Symptom> symptoms, String description, FaultSource source, PersonId reporter) {
        Device device = ports.devices().get(deviceId);
        Instant at = ports.clock().instant();
        FaultReport report = new FaultReport(FaultReportId.newId(), device.id(), symptoms, description, source, reporter, at);
        ports.faults().add(report);
        RepairOrder.Moved moved = ports.repairs().openFor(device.id())
                .map(open -> open.link(report))
                .orElseGet(() -> {
                    RepairOrder opened = RepairOrder.open(RepairOrderId.newId(), report, device.type());
                    return new RepairOrder.Moved(opened, new DeviceEvent.RepairOrderMoved(opened.id(), device.id(),
                            io.watchfloor.devices.RepairAction.REPORT, RepairState.REPORTED, reporter, at));
                });
        RepairOrder order = ports.repairs().save(moved.order());
        ports.events().publish(new DeviceEvent.FaultReported(report.id(), device.id(), order.id(), symptoms, source, at));
        ports.events().publish(moved.event());
        if (device.status() == DeviceStatus.IN_SERVICE) {
            Device.Changed faulty = device.markFaulty(at, reporter, "fault reported: " + description);
            ports.devices().save(faulty.device());
            ports.events().publish(faulty.event());
        }
        return new Reported(report, order);
    }

    @Override
    public RepairOrder assign(Assign command) {
        ports.validation().valid(command);
        return move(command.actor(), command.order(), (actor, order) -> order.assign(actor, ports.people().get(command.technician()),
                ports.clock().instant()));
    }

    @Override
    public RepairOrder start(Step command) {
        ports.validation().valid(command);
        return move(command.actor(), command.order(), (actor, order) -> order.start(actor, ports.clock().instant()));
    }

    @Override
    public RepairOrder finish(Finish command) {
        ports.validation().valid(command);
        return move(command.actor(), command.order(), (actor, order) -> order.finish(actor, ports.clock().instant(), command.note()));
    }

    @Override
    public RepairOrder reject(Reject command) {
        ports.validation().valid(command);
        return move(command.actor(), command.order(), (actor, order) -> order.reject(actor, ports.clock().instant(), command.reason()));
    }

    @Override
    public RepairOrder verify(Step command) {
        ports.validation().valid(command);
        return ports.transactions().inTransaction(() -> {
            RepairOrder verified = move(command.actor(), command.order(), (actor, order) -> order.verify(actor, ports.clock().instant()));
            Instant at = ports.clock().instant();
            Device device = ports.devices().get(verified.device());
            if (device.status() == DeviceStatus.FAULTY) {
                Device.Changed restored = device.restore(at, command.actor(), "repair order " + verified.id() + " verified");
                ports.devices().save(restored.device());
                ports.events().publish(restored.event());
            }
            if (verified.spare() != null) {
                Device spare = ports.devices().get(verified.spare());
                if (spare.status() == DeviceStatus.STANDING_IN) {
                    Device.Changed back = spare.returnToSpares(at, command.actor(), device.assetNumber() + " is repaired");
                    ports.devices().save(back.device());
                    ports.events().publish(back.event());
                }
            }
            return verified;
        });
    }

    @Override
    public RepairOrder standIn(StandIn command) {
        ports.validation().valid(command);
        return ports.transactions().inTransaction(() -> {
            Instant at = ports.clock().instant();
            Person actor = ports.people().get(command.actor());
            RepairOrder.Moved moved = ports.repairs().get(command.order()).standIn(actor, command.spare(), at);
            Device faulty = ports.devices().get(moved.order().device());
            Device.Changed standing = ports.devices().get(command.spare()).standIn(faulty, at, command.actor());
            RepairOrder order = ports.repairs().save(moved.order());
            ports.devices().save(standing.device());
            ports.events().publish(moved.event());
            ports.events().publish(standing.event());
            return order;
        });
    }

    private RepairOrder move(PersonId actorId, RepairOrderId orderId, java.util.function.BiFunction<Person, RepairOrder, RepairOrder.Moved> step) {
        return ports.transactions().inTransaction(() -> {
            Person actor = ports.people().get(actorId);
            RepairOrder.Moved moved = step.apply(actor, ports.repairs().get(orderId));
            RepairOrder stored = ports.repairs().save(moved.order());
            ports.events().publish(moved.event());
            return stored;
        });
    }

    @Override
    public List<RepairTimes> meanTimeToRepair() {
        Map<DeviceType, List<Duration>> times = new EnumMap<>(DeviceType.class);
        for (RepairOrder order : ports.repairs().all()) {
            order.timeToRepair().ifPresent(t -> times.computeIfAbsent(order.deviceType(), k -> new ArrayList<>()).add(t));
        }
        List<RepairTimes> result = new ArrayList<>();
        times.forEach((type, list) -> {
            Duration total = list.stream().reduce(Duration.ZERO, Duration::plus);
            result.add(new RepairTimes(type, list.size(), total.dividedBy(list.size())));
        });
        return result;
    }
}
