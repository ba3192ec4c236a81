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
import io.watchfloor.shared.Runtime;
import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Objects;

/**
 * Wires the people use cases by hand: {@code PeopleModule.create(new PeopleModule.Ports(people,
 * departments, roster), runtime)}. The roster says who is on duty now (PEOPLE-03); in a whole centre
 * the shifts context answers it.
 */
public final class PeopleModule {

    private final PeopleService service;

    private PeopleModule(PeopleService service) {
        this.service = service;
    }

    /**
     * What the people context runs on.
     *
     * @param roster who is on duty now, to find the shift leader escalations go to (shifts context)
     */
    public record Ports(People people, Departments departments, DutyRoster roster) {
        public Ports {
            Objects.requireNonNull(people, "people");
            Objects.requireNonNull(departments, "departments");
            Objects.requireNonNull(roster, "roster");
        }
    }

    /** The people context over {@code ports}, running on {@code runtime}. */
    public static PeopleModule create(Ports ports, Runtime runtime) {
        return new PeopleModule(new PeopleService(ports.people(), ports.departments(), ports.roster(), runtime.unitOfWork(),
                runtime.clock()));
    }

    /**
     * The people context over the given ports.
     *
     * @deprecated use {@link #create(Ports, Runtime)}.
     */
    @Deprecated(forRemoval = true)
    public static PeopleModule create(People people, Departments departments, DutyRoster roster, EventSink events,
                                      Transactions transactions, Clock clock, Validator validator) {
        return create(new Ports(people, departments, roster), Runtime.of(clock, validator, transactions, events));
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
