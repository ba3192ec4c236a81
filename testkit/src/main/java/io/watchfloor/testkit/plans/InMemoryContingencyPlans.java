package io.watchfloor.testkit.plans;

import io.watchfloor.cases.IncidentType;
import io.watchfloor.plans.ContingencyPlan;
import io.watchfloor.plans.PlanId;
import io.watchfloor.plans.port.out.ContingencyPlans;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The contingency plans in memory. */
public final class InMemoryContingencyPlans implements ContingencyPlans {

    private final InMemoryVersionedStore<PlanId, ContingencyPlan> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryContingencyPlans(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("contingency plan", ContingencyPlan::id, ContingencyPlan::version,
                ContingencyPlan::withVersion, transactions);
    }

    @Override
    public ContingencyPlan save(ContingencyPlan plan) {
        if (plan.version().isNew() && forType(plan.type()).isPresent()) {
            throw new io.watchfloor.shared.ConcurrentModification("a contingency plan for " + plan.type() + " is already stored");
        }
        return store.save(plan);
    }

    @Override
    public Optional<ContingencyPlan> find(PlanId id) {
        return store.find(id);
    }

    @Override
    public Optional<ContingencyPlan> forType(IncidentType type) {
        return store.select(p -> p.type() == type, Comparator.comparing(p -> p.id().value())).stream().findFirst();
    }

    @Override
    public List<ContingencyPlan> all() {
        return store.select(p -> true, Comparator.comparing(ContingencyPlan::type));
    }
}
