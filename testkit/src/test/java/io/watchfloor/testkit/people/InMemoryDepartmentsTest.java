package io.watchfloor.testkit.people;

import io.watchfloor.people.port.out.Departments;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryDepartmentsTest extends DepartmentsContract {
    @Override
    protected Departments newDepartments() {
        return new InMemoryDepartments(new InMemoryTransactions());
    }
}
