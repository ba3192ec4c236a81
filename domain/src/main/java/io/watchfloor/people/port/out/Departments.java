package io.watchfloor.people.port.out;

import io.watchfloor.people.Department;
import io.watchfloor.people.DepartmentId;
import io.watchfloor.shared.NotFound;
import java.util.List;
import java.util.Optional;

/** The departments. Versioned like {@link People}. */
public interface Departments {

    /** Stores {@code department} and returns it with its new version. */
    Department save(Department department);

    /** The department with this id, if stored. */
    Optional<Department> find(DepartmentId id);

    /** The department with this id; throws {@link NotFound} when there is none. */
    default Department get(DepartmentId id) {
        return find(id).orElseThrow(() -> new NotFound("department", id));
    }

    /** Every department, ordered by name then id. */
    List<Department> all();
}
