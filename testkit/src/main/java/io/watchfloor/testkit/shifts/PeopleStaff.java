package io.watchfloor.testkit.shifts;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.out.People;
import io.watchfloor.shifts.port.out.Staff;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The shifts context's {@link Staff} read from the people context's {@link People} store (any adapter of it). */
public final class PeopleStaff implements Staff {

    private final People people;

    /**
     * Staff read from {@code people}.
     *
     * @param people the people store
     */
    public PeopleStaff(People people) {
        this.people = Objects.requireNonNull(people, "people");
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return people.find(id);
    }

    @Override
    public List<Person> withRole(Role role) {
        return people.withRole(role);
    }
}
