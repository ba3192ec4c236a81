package io.watchfloor.adapters.jdbc;

import io.watchfloor.people.Department;
import io.watchfloor.people.DepartmentId;
import io.watchfloor.people.port.out.Departments;
import java.util.List;
import java.util.Optional;

/** The {@link Departments} port over table {@code wf_departments}. */
public final class JdbcDepartments implements Departments {

    private final DocumentTable<Department> table;

    /** Departments in the database of {@code transactions}. */
    public JdbcDepartments(JdbcTransactions transactions) {
        this.table = new DocumentTable<>(transactions, "wf_departments", "department", Department.class,
                Department::id, Department::version,
                (d, v) -> new Department(d.id(), d.name(), d.kind(), d.calendar(), v),
                Columns.of(Department.class).add("name", Department::name));
    }

    @Override
    public Department save(Department department) {
        return table.save(department);
    }

    @Override
    public Optional<Department> find(DepartmentId id) {
        return table.find(id);
    }

    @Override
    public List<Department> all() {
        return table.all("name, id");
    }
}
