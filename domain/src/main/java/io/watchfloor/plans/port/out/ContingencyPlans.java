package io.watchfloor.plans.port.out;

import io.watchfloor.cases.IncidentType;
import io.watchfloor.plans.ContingencyPlan;
import io.watchfloor.plans.PlanId;
import io.watchfloor.shared.NotFound;
import java.util.List;
import java.util.Optional;

/** The contingency plans, versioned (optimistic locking), at most one per incident type. */
public interface ContingencyPlans {

    ContingencyPlan save(ContingencyPlan plan);

    Optional<ContingencyPlan> find(PlanId id);

    default ContingencyPlan get(PlanId id) {
        return find(id).orElseThrow(() -> new NotFound("contingency plan", id));
    }

    /** The plan for {@code type}, if one is defined. */
    Optional<ContingencyPlan> forType(IncidentType type);

    /** Every plan, by incident type. */
    List<ContingencyPlan> all();
}
