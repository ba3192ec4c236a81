package io.watchfloor.plans;

import io.watchfloor.cases.port.out.ContingencyPlanGateway;
import io.watchfloor.people.port.out.People;
import io.watchfloor.plans.internal.PlansService;
import io.watchfloor.plans.port.in.ActivatePlan;
import io.watchfloor.plans.port.in.DefinePlan;
import io.watchfloor.plans.port.in.RunDrills;
import io.watchfloor.plans.port.out.Activations;
import io.watchfloor.plans.port.out.ContingencyPlans;
import io.watchfloor.shared.CommandValidation;
import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import jakarta.validation.Validator;
import java.time.Clock;

/** Wires the plan use cases by hand; {@link #gateway()} is what the cases context activates plans through (CASE-14). */
public final class PlansModule {

    private final PlansService service;

    private PlansModule(PlansService service) {
        this.service = service;
    }

    public static PlansModule create(ContingencyPlans plans, Activations activations, People people, EventSink events,
                                     Transactions transactions, Clock clock, Validator validator, PlanPolicy policy) {
        return new PlansModule(new PlansService(plans, activations, people, events, transactions, clock, new CommandValidation(validator), policy));
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
