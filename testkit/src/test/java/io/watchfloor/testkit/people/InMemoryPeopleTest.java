package io.watchfloor.testkit.people;

import io.watchfloor.people.port.out.People;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryPeopleTest extends PeopleContract {
    @Override
    protected People newPeople() {
        return new InMemoryPeople(new InMemoryTransactions());
    }
}
