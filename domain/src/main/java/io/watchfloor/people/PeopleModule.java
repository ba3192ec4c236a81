package io.watchfloor.people;

import io.watchfloor.people.internal.PeopleService;
import io.watchfloor.people.port.in.ChangeRoles;
import io.watchfloor.people.port.in.FindEscalationTarget;
import io.watchfloor.people.port.in.RecordCertification;
import io.watchfloor.people.port.in.RegisterDepartment;
import io.watchfloor.people.port.in.RegisterPerson;
import io.watchfloor.people.port.out.Departments;
import io.watchfloor.people.port.out.DutyRoster;
import io.watchfloor.people.port.out.People;
import io.watchfloor.shared.CommandValidation;
import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import jakarta.validation.Validator;
import java.time.Clock;

/**
 * Wires the people use cases by hand:
 * {@code PeopleModule.create(people, departments, roster, events, transactions, clock, validator)}.
 */
public final class PeopleModule {

    private final PeopleService service;

    private PeopleModule(PeopleService service) {
        this.service = service;
    }

    /** The people context over the given ports. */
    public static PeopleModule create(People people, Departments departments, DutyRoster roster, EventSink events,
                                      Transactions transactions, Clock clock, Validator validator) {
        return new PeopleModule(new PeopleService(people, departments, roster, events, transactions, clock,
                new CommandValidation(validator)));
    }

    public RegisterPerson registerPerson() {
        return service;
    }

    public ChangeRoles changeRoles() {
        return service;
    }

    public RecordCertification recordCertification() {
        return service;
    }

    public RegisterDepartment registerDepartment() {
        return service;
    }

    public FindEscalationTarget findEscalationTarget() {
        return service;
    }
}
