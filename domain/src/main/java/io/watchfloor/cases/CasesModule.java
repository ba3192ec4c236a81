package io.watchfloor.cases;

import io.watchfloor.cases.internal.CasesService;
import io.watchfloor.cases.port.in.AppraiseStaff;
import io.watchfloor.cases.port.in.ApproveRequest;
import io.watchfloor.cases.port.in.ChaseCase;
import io.watchfloor.cases.port.in.CoordinateCase;
import io.watchfloor.cases.port.in.DispatchCase;
import io.watchfloor.cases.port.in.FindCases;
import io.watchfloor.cases.port.in.HandleCase;
import io.watchfloor.cases.port.in.ReceiveReport;
import io.watchfloor.cases.port.in.RecordIncident;
import io.watchfloor.cases.port.in.RegisterCase;
import io.watchfloor.cases.port.in.ReturnCase;
import io.watchfloor.cases.port.in.RunDueWork;
import io.watchfloor.cases.port.in.VerifyCase;
import io.watchfloor.cases.port.out.Cases;
import io.watchfloor.cases.port.out.ContingencyPlanGateway;
import io.watchfloor.cases.port.out.ErrorRecords;
import io.watchfloor.cases.port.out.Incidents;
import io.watchfloor.people.port.in.FindEscalationTarget;
import io.watchfloor.people.port.out.Departments;
import io.watchfloor.people.port.out.People;
import io.watchfloor.shared.Runtime;
import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Objects;

/**
 * Wires the case and incident use cases by hand. The people context supplies who acts (their roles,
 * PEOPLE-01), the departments with their working calendars, and who escalations go to (PEOPLE-03);
 * the plans context supplies the {@link ContingencyPlanGateway}.
 */
public final class CasesModule {

    private final CasesService service;
    private final CasePolicy policy;

    private CasesModule(CasesService service, CasePolicy policy) {
        this.service = service;
        this.policy = policy;
    }

    /**
     * What a cases module runs on, and the policy it works under.
     *
     * @param people who acts, with their roles (PEOPLE-01)
     * @param departments the departments cases go to, with their working calendars
     * @param escalation who escalations go to (people context, PEOPLE-03)
     * @param plans the contingency plans incidents activate (plans context, CASE-14)
     */
    public record Ports(Cases cases, ErrorRecords errors, Incidents incidents, People people, Departments departments,
                        FindEscalationTarget escalation, ContingencyPlanGateway plans, CasePolicy policy) {
        public Ports {
            Objects.requireNonNull(cases, "cases");
            Objects.requireNonNull(errors, "errors");
            Objects.requireNonNull(incidents, "incidents");
            Objects.requireNonNull(people, "people");
            Objects.requireNonNull(departments, "departments");
            Objects.requireNonNull(escalation, "escalation");
            Objects.requireNonNull(plans, "plans");
            Objects.requireNonNull(policy, "policy");
        }
    }

    /** The cases context over {@code ports}, running on {@code runtime}. */
    public static CasesModule create(Ports ports, Runtime runtime) {
        return new CasesModule(new CasesService(ports.cases(), ports.errors(), ports.incidents(), ports.people(), ports.departments(),
                ports.escalation(), ports.plans(), runtime.unitOfWork(), runtime.clock(), ports.policy()), ports.policy());
    }

    /**
     * The cases context over the given ports.
     *
     * @deprecated use {@link #create(Ports, Runtime)}, with the policy in the ports and events and transactions in the runtime.
     */
    @Deprecated(forRemoval = true)
    public static CasesModule create(Cases cases, ErrorRecords errors, Incidents incidents, People people, Departments departments,
                                     FindEscalationTarget escalation, ContingencyPlanGateway plans, EventSink events,
                                     Transactions transactions, CasePolicy policy, Clock clock, Validator validator) {
        return create(new Ports(cases, errors, incidents, people, departments, escalation, plans, policy),
                Runtime.of(clock, validator, transactions, events));
    }

    public CasePolicy policy() {
        return policy;
    }

    public ReceiveReport receiveReport() {
        return service;
    }

    public RegisterCase registerCase() {
        return service;
    }

    public DispatchCase dispatchCase() {
        return service;
    }

    public HandleCase handleCase() {
        return service;
    }

    public ReturnCase returnCase() {
        return service;
    }

    public ChaseCase chaseCase() {
        return service;
    }

    public VerifyCase verifyCase() {
        return service;
    }

    public CoordinateCase coordinateCase() {
        return service;
    }

    public ApproveRequest approveRequest() {
        return service;
    }

    public RunDueWork runDueWork() {
        return service;
    }

    public FindCases findCases() {
        return service;
    }

    public AppraiseStaff appraiseStaff() {
        return service;
    }

    public RecordIncident recordIncident() {
        return service;
    }
}
