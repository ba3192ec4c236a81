package io.watchfloor.plans;

import io.watchfloor.cases.port.out.ContingencyPlanGateway;
import io.watchfloor.people.port.out.People;
import io.watchfloor.plans.internal.PlansService;
import io.watchfloor.plans.port.in.ActivatePlan;
import io.watchfloor.plans.port.in.DefinePlan;
import io.watchfloor.plans.port.in.RunDrills;
import io.watchfloor.plans.port.out.Activations;
import io.watchfloor.plans.port.out.ContingencyPlans;
import io.watchfloor.shared.Runtime;
import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Objects;

/**
 * Wires the plan use cases by hand: {@code PlansModule.create(new PlansModule.Ports(plans, activations,
 * people, policy), runtime)}; {@link #gateway()} is what the cases context activates plans through (CASE-14).
 */
public final class PlansModule {

    private final PlansService service;

    private PlansModule(PlansService service) {
        this.service = service;
    }

    /**
     * What the plans context runs on, and the policy it works under.
     *
     * @param people the staff records, to check who may do what (PEOPLE-01)
     */
    public record Ports(ContingencyPlans plans, Activations activations, People people, PlanPolicy policy) {
        public Ports {
            Objects.requireNonNull(plans, "plans");
            Objects.requireNonNull(activations, "activations");
            Objects.requireNonNull(people, "people");
            Objects.requireNonNull(policy, "policy");
        }
    }

    /** The plans context over {@code ports}, running on {@code runtime}. */
    public static PlansModule create(Ports ports, Runtime runtime) {
        return new PlansModule(new PlansService(ports.plans(), ports.activations(), ports.people(), runtime.unitOfWork(), runtime.clock(),
                ports.policy()));
    }

    /**
     * The plans context over the given ports.
     *
     * @deprecated use {@link #create(Ports, Runtime)}.
     */
    @Deprecated(forRemoval = true)
    public static PlansModule create(ContingencyPlans plans, Activations activations, People people, EventSink events,
                                     Transactions transactions, Clock clock, Validator validator, PlanPolicy policy) {
        return create(new Ports(plans, activations, people, policy), Runtime.of(clock, validator, transactions, events));
    }

    public DefinePlan definePlan() {
        return service;
    }

    public ActivatePlan activatePlan() {
        return service;
    }

    public RunDrills runDrills() {
        return service;
    }

    /** The plans as the cases context sees them: activate the plan of an incident's type, answer the activation's id. */
    public ContingencyPlanGateway gateway() {
        return (type, incident, by, at) -> service.activate(new ActivatePlan.Command(type, incident, by)).map(a -> a.id().toString());
    }
}
