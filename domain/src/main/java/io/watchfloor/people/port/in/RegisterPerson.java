package io.watchfloor.people.port.in;

import io.watchfloor.people.DepartmentId;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Adds a person to the staff records with their roles (PEOPLE-01). */
public interface RegisterPerson {

    /** Registers the person and returns them as stored. */
    Person register(Command command);

    /**
     * @param department their department, or {@code null}
     */
    record Command(@NotBlank @Size(max = 200) String name, @NotEmpty Set<@NotNull Role> roles, DepartmentId department) {
    }
}
