package io.watchfloor.devices.internal;

import io.watchfloor.devices.DevicePolicy;
import io.watchfloor.devices.port.out.CameraGateway;
import io.watchfloor.devices.port.out.ChangeRequests;
import io.watchfloor.devices.port.out.ChangeViolations;
import io.watchfloor.devices.port.out.Devices;
import io.watchfloor.devices.port.out.FaultReports;
import io.watchfloor.devices.port.out.HealthRecords;
import io.watchfloor.devices.port.out.InspectionSchedules;
import io.watchfloor.devices.port.out.Inspections;
import io.watchfloor.devices.port.out.RepairOrders;
import io.watchfloor.devices.port.out.ServiceRecords;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.out.People;
import io.watchfloor.shared.CommandValidation;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Everything the device services use, handed around as one value. */
public record Ports(Devices devices, InspectionSchedules schedules, Inspections inspections, FaultReports faults,
                    RepairOrders repairs, ChangeRequests changes, ChangeViolations violations, HealthRecords health,
                    ServiceRecords servicing, CameraGateway gateway, People people, EventSink events,
                    Transactions transactions, Clock clock, CommandValidation validation, DevicePolicy policy) {

    public Ports {
        Objects.requireNonNull(devices, "devices");
        Objects.requireNonNull(schedules, "schedules");
        Objects.requireNonNull(inspections, "inspections");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(repairs, "repairs");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(violations, "violations");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(servicing, "servicing");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(policy, "policy");
    }

    /** The person, who must hold one of {@code roles} (PEOPLE-01); NotFound when unknown. */
    Person actor(PersonId id, Set<Role> roles, String forWhat) {
        Person person = people.get(id);
        person.requireAnyRole(roles, forWhat);
        return person;
    }

    /** Refuses a command for one field. */
    static InvalidCommand invalid(Object command, String field, String message) {
        return new InvalidCommand(command.getClass().getSimpleName(), List.of(new InvalidCommand.FieldError(field, message)));
    }
}
