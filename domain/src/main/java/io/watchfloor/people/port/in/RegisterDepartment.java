package io.watchfloor.people.port.in;

import io.watchfloor.people.Department;
import io.watchfloor.people.DepartmentKind;
import io.watchfloor.shared.WorkingCalendar;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Registers a department with its working calendar. */
public interface RegisterDepartment {

    /** Registers it and returns it as stored. */
    Department register(Command command);

    record Command(@NotBlank @Size(max = 200) String name, @NotNull DepartmentKind kind, @NotNull WorkingCalendar calendar) {
    }
}
