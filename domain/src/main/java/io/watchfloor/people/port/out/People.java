package io.watchfloor.people.port.out;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.Page;
import io.watchfloor.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * The staff records. {@link #save} inserts a new person (version 0) as version 1, and updates a
 * stored one only when its version is still the stored one, raising
 * {@link io.watchfloor.shared.ConcurrentModification} otherwise.
 */
public interface People {

    /** Stores {@code person} and returns it with its new version. */
    Person save(Person person);

    /** The person with this id, if stored. */
    Optional<Person> find(PersonId id);

    /** The person with this id; throws {@link NotFound} when there is none. */
    default Person get(PersonId id) {
        return find(id).orElseThrow(() -> new NotFound("person", id));
    }

    /** Everyone holding {@code role}, ordered by name then id. */
    List<Person> withRole(Role role);

    /** A page of everyone, ordered by name then id. */
    Page<Person> list(PageRequest page);
}
