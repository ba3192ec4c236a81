package io.watchfloor.testkit.people;

import io.watchfloor.people.Department;
import io.watchfloor.people.DepartmentId;
import io.watchfloor.people.port.out.Departments;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The departments in memory. */
public final class InMemoryDepartments implements Departments {

    private final InMemoryVersionedStore<DepartmentId, Department> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryDepartments(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("department", Department::id, Department::version, Department::withVersion, transactions);
    }

    @Override
    public Department save(Department department) {
        return store.save(department);
    }

    @Override
    public Optional<Department> find(DepartmentId id) {
        return store.find(id);
    }

    @Override
    public List<Department> all() {
        return store.select(d -> true, Comparator.comparing(Department::name).thenComparing(d -> d.id().value()));
    }
}
