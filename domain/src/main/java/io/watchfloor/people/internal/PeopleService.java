package io.watchfloor.people.internal;

import io.watchfloor.people.Certification;
import io.watchfloor.people.Department;
import io.watchfloor.people.EscalationChain;
import io.watchfloor.people.PeopleEvent;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.in.ChangeRoles;
import io.watchfloor.people.port.in.FindEscalationTarget;
import io.watchfloor.people.port.in.RecordCertification;
import io.watchfloor.people.port.in.RegisterDepartment;
import io.watchfloor.people.port.in.RegisterPerson;
import io.watchfloor.people.port.out.Departments;
import io.watchfloor.people.port.out.DutyRoster;
import io.watchfloor.people.port.out.People;
import io.watchfloor.shared.Bounds;
import io.watchfloor.shared.CommandValidation;
import io.watchfloor.shared.UnitOfWork;
import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/** The people use cases over the {@link People} and {@link Departments} ports. */
public final class PeopleService implements RegisterPerson, ChangeRoles, RecordCertification, RegisterDepartment, FindEscalationTarget {

    private final People people;
    private final Departments departments;
    private final DutyRoster roster;
    private final EventSink events;
    private final Transactions transactions;
    private final Clock clock;
    private final CommandValidation validation;

    public PeopleService(People people, Departments departments, DutyRoster roster, UnitOfWork unit, Clock clock) {
        this.people = Objects.requireNonNull(people, "people");
        this.departments = Objects.requireNonNull(departments, "departments");
        this.roster = Objects.requireNonNull(roster, "roster");
        this.events = unit.events();
        this.transactions = Objects.requireNonNull(unit, "unit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.validation = unit.validation();
    }

    @Override
    public Person register(RegisterPerson.Command command) {
        validation.valid(command);
        return transactions.inTransaction(() -> {
            if (command.department() != null) {
                departments.get(command.department());
            }
            Person stored = people.save(Person.newPerson(command.name(), command.roles(), command.department()));
            events.publish(new PeopleEvent.PersonRegistered(stored.id(), stored.roles(), clock.instant()));
            return stored;
        });
    }

    @Override
    public Person grant(ChangeRoles.Command command) {
        validation.valid(command);
        return change(command.person(), p -> p.grant(command.role(), clock.instant()));
    }

    @Override
    public Person revoke(ChangeRoles.Command command) {
        validation.valid(command);
        return change(command.person(), p -> p.revoke(command.role(), clock.instant()));
    }

    @Override
    public Person record(RecordCertification.Command command) {
        validation.valid(command);
        Certification certification = new Certification(command.post(), command.number(), command.validFrom(), command.validUntil());
        return change(command.person(), p -> p.certify(certification, clock.instant()));
    }

    private Person change(PersonId id, Function<Person, Person.Changed> change) {
        return transactions.inTransaction(() -> {
            Person.Changed changed = change.apply(people.get(id));
            Person stored = people.save(changed.person());
            events.publish(changed.event());
            return stored;
        });
    }

    @Override
    public Department register(RegisterDepartment.Command command) {
        validation.valid(command);
        return transactions.inTransaction(() -> {
            Department stored = departments.save(Department.newDepartment(command.name(), command.kind(), command.calendar()));
            events.publish(new PeopleEvent.DepartmentRegistered(stored.id(), stored.kind(), clock.instant()));
            return stored;
        });
    }

    @Override
    public EscalationChain at(Instant at) {
        Bounds.instant("FindEscalationTarget", "at", at);
        return new EscalationChain(at, roster.shiftLeaderAt(at),
                people.withRole(Role.CENTRE_HEAD).stream().map(Person::id).toList());
    }
}
