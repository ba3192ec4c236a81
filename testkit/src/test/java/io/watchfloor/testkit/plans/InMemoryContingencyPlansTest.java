package io.watchfloor.testkit.plans;

import io.watchfloor.plans.port.out.ContingencyPlans;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import org.junit.jupiter.api.Tag;

@Tag("PLAN-01")
class InMemoryContingencyPlansTest extends ContingencyPlansContract {

    @Override
    protected ContingencyPlans newPlans() {
        return new InMemoryContingencyPlans(new InMemoryTransactions());
    }
}
