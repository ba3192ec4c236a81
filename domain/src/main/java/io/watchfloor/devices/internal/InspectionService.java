package io.watchfloor.devices.internal;

import io.watchfloor.devices.Device;
import io.watchfloor.devices.DeviceEvent;
import io.watchfloor.devices.Inspection;
import io.watchfloor.devices.InspectionId;
import io.watchfloor.devices.InspectionSchedule;
import io.watchfloor.devices.OverdueInspection;
import io.watchfloor.devices.port.in.ListOverdueInspections;
import io.watchfloor.devices.port.in.RecordInspection;
import io.watchfloor.devices.port.in.ScheduleInspections;
import io.watchfloor.people.Role;
import io.watchfloor.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Inspection schedules, records and overdue inspections (DEVICE-02). */
public final class InspectionService implements ScheduleInspections, RecordInspection, ListOverdueInspections {

    static final Set<Role> PLANNERS = Set.of(Role.TECHNICIAN, Role.SHIFT_LEADER, Role.CENTRE_HEAD);
    static final Set<Role> INSPECTORS = Set.of(Role.OPERATOR, Role.SHIFT_LEADER, Role.TECHNICIAN);

    private final Ports ports;

    public InspectionService(Ports ports) {
        this.ports = ports;
    }

    @Override
    public InspectionSchedule schedule(ScheduleInspections.Command command) {
        ports.validation().valid(command);
        if (new HashSet<>(command.checklist().stream().map(String::strip).toList()).size() != command.checklist().size()) {
            throw Ports.invalid(command, "checklist", "names an item twice");
        }
        return ports.transactions().inTransaction(() -> {
            ports.actor(command.actor(), PLANNERS, "set up inspection schedules");
            return ports.schedules().save(InspectionSchedule.newSchedule(command.name().strip(), command.type(), command.frequency(),
                    command.checklist().stream().map(String::strip).toList()));
        });
    }

    @Override
    public Inspection record(RecordInspection.Command command) {
        ports.validation().valid(command);
        return ports.transactions().inTransaction(() -> {
            ports.actor(command.inspector(), INSPECTORS, "record an inspection");
            Device device = ports.devices().get(command.device());
            InspectionSchedule schedule = ports.schedules().get(command.schedule());
            if (schedule.deviceType() != device.type()) {
                throw new RuleViolation("DEVICE-02", "schedule " + schedule.name() + " is for " + schedule.deviceType().title()
                        + " devices, and " + device.assetNumber() + " is a " + device.type().title());
            }
            Set<String> given = command.results().keySet();
            List<String> missing = schedule.checklist().stream().filter(item -> !given.contains(item)).toList();
            List<String> unknown = given.stream().filter(item -> !schedule.checklist().contains(item)).sorted().toList();
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                throw Ports.invalid(command, "results", (missing.isEmpty() ? "" : "misses the checklist items " + missing)
                        + (!missing.isEmpty() && !unknown.isEmpty() ? " and " : "")
                        + (unknown.isEmpty() ? "" : "names items not on the checklist " + unknown));
            }
            Map<String, Boolean> ordered = new LinkedHashMap<>();
            schedule.checklist().forEach(item -> ordered.put(item, command.results().get(item)));
            Instant at = ports.clock().instant();
            Inspection inspection = new Inspection(InspectionId.newId(), schedule.id(), device.id(), command.inspector(), at, ordered, command.notes());
            ports.inspections().add(inspection);
            ports.events().publish(new DeviceEvent.InspectionRecorded(inspection.id(), device.id(), inspection.passed(), inspection.failedItems(), at));
            return inspection;
        });
    }

    @Override
    public List<OverdueInspection> overdue() {
        Instant now = ports.clock().instant();
        List<OverdueInspection> overdue = new ArrayList<>();
        for (InspectionSchedule schedule : ports.schedules().all()) {
            Duration every = ports.policy().interval(schedule.frequency());
            for (Device device : ports.devices().ofType(schedule.deviceType())) {
                if (!device.isInstalled()) {
                    continue;
                }
                Instant last = ports.inspections().latest(device.id(), schedule.id()).map(Inspection::at).orElse(null);
                Instant due = (last != null ? last : device.registeredAt()).plus(every);
                if (due.isBefore(now)) {
                    overdue.add(new OverdueInspection(device.id(), device.assetNumber(), schedule.id(), schedule.name(), last, due,
                            Duration.between(due, now)));
                }
            }
        }
        overdue.sort(Comparator.comparing(OverdueInspection::dueAt).thenComparing(OverdueInspection::assetNumber));
        return overdue;
    }
}
