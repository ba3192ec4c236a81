package io.watchfloor.testkit.access;

import io.watchfloor.access.port.out.Visits;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryVisitsTest extends VisitsContract {
    @Override
    protected Visits newVisits() {
        return new InMemoryVisits(new InMemoryTransactions());
    }
}
