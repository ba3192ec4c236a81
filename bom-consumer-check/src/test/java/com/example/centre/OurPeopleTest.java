package com.example.centre;

import io.watchfloor.people.port.out.People;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.people.PeopleContract;
import io.watchfloor.testkit.shared.InMemoryTransactions;

// --- README: testing your own adapter ---
/** Runs the People contract against our store; here the testkit's in-memory one stands in for it. */
class OurPeopleTest extends PeopleContract {
    @Override
    protected People newPeople() {
        return new InMemoryPeople(new InMemoryTransactions()); // your adapter: new OurPeople(dataSource)
    }
}
// ---
