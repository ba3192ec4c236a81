package io.watchfloor.shifts.port.out;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.NotFound;
import java.util.List;
import java.util.Optional;

/**
 * The staff as the people context knows them (roles and certificates), read by the shifts context. A
 * deployment backs it with the people context's {@code People} store.
 */
public interface Staff {

    /** The person with this id, if any. */
    Optional<Person> find(PersonId id);

    /** The person with this id; throws {@link NotFound} when there is none. */
    default Person get(PersonId id) {
        return find(id).orElseThrow(() -> new NotFound("person", id));
    }

    /** Everyone holding {@code role}. */
    List<Person> withRole(Role role);
}
