package io.watchfloor.people;

import io.watchfloor.shared.Version;
import io.watchfloor.shared.WorkingCalendar;
import java.util.Objects;

/**
 * A department: the centre itself, a responsible department that receives cases, or the
 * supervision department. Its {@link WorkingCalendar} is what windows such as CASE-06's count.
 */
public record Department(DepartmentId id, String name, DepartmentKind kind, WorkingCalendar calendar, Version version) {

    public Department {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(version, "version");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a department needs a name");
        }
    }

    /** A department not yet stored. */
    public static Department newDepartment(String name, DepartmentKind kind, WorkingCalendar calendar) {
        return new Department(DepartmentId.newId(), name, kind, calendar, Version.NEW);
    }

    /** The same department as stored at {@code stored}; used by repository adapters only. */
    public Department withVersion(Version stored) {
        return new Department(id, name, kind, calendar, stored);
    }
}
