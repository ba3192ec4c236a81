package io.watchfloor.plans.port.out;

import io.watchfloor.cases.IncidentType;
import io.watchfloor.plans.ContingencyPlan;
import io.watchfloor.plans.PlanId;
import io.watchfloor.shared.NotFound;
import java.util.List;
import java.util.Optional;

/** The contingency plans, versioned (optimistic locking), at most one per incident type. */
public interface ContingencyPlans {

    /** Stores the plan and returns it with its new version; a second plan for a type is a concurrent modification. */
    ContingencyPlan save(ContingencyPlan plan);

    /** The plan with this id, if stored. */
    Optional<ContingencyPlan> find(PlanId id);

    /** The plan with this id; throws {@link NotFound} when there is none. */
    default ContingencyPlan get(PlanId id) {
        return find(id).orElseThrow(() -> new NotFound("contingency plan", id));
    }

    /** The plan for {@code type}, if one is defined. */
    Optional<ContingencyPlan> forType(IncidentType type);

    /** Every plan, by incident type. */
    List<ContingencyPlan> all();
}
