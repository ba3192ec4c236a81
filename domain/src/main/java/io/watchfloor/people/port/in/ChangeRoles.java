package io.watchfloor.people.port.in;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import jakarta.validation.constraints.NotNull;

/** Grants or revokes a role (PEOPLE-01). */
public interface ChangeRoles {

    /** Grants the role and returns the person as stored. */
    Person grant(Command command);

    /** Revokes the role and returns the person as stored; a person keeps at least one role. */
    Person revoke(Command command);

    record Command(@NotNull PersonId person, @NotNull Role role) {
    }
}
