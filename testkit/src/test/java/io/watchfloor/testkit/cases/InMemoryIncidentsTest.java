package io.watchfloor.testkit.cases;

import io.watchfloor.cases.port.out.Incidents;
import io.watchfloor.testkit.shared.InMemoryTransactions;

@org.junit.jupiter.api.Tag("CASE-14")
class InMemoryIncidentsTest extends IncidentsContract {

    @Override
    protected Incidents newIncidents() {
        return new InMemoryIncidents(new InMemoryTransactions());
    }
}
