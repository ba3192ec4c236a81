package io.watchfloor.testkit.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.Certification;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.out.People;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.Page;
import io.watchfloor.shared.PageRequest;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link People} adapter must do. Extend it and supply a fresh, empty store per test:
 * {@code class JdbcPeopleTest extends PeopleContract { protected People newPeople() { ... } }}.
 */
public abstract class PeopleContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract People newPeople();

    private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");

    @Test
    @DisplayName("a new person is stored as version 1 and found again with everything they hold")
    void storesAndFinds() {
        People people = newPeople();
        Person wang = Person.newPerson("Wang Fang", Set.of(Role.OPERATOR, Role.SHIFT_LEADER), null)
                .certify(new Certification(Role.OPERATOR, "OP-1", T0, T0.plusSeconds(86_400 * 365)), T0).person();

        Person stored = people.save(wang);

        assertEquals(new Version(1), stored.version());
        Person found = people.get(wang.id());
        assertEquals(stored, found);
        assertEquals(Set.of(Role.OPERATOR, Role.SHIFT_LEADER), found.roles());
        assertEquals(wang.certifications(), found.certifications());
    }

    @Test
    @DisplayName("an update based on the stored version advances it")
    void updatesAdvanceTheVersion() {
        People people = newPeople();
        Person stored = people.save(Person.newPerson("Li Na", Set.of(Role.OPERATOR), null));

        Person updated = people.save(stored.grant(Role.ACCEPTOR, T0).person());

        assertEquals(new Version(2), updated.version());
        assertTrue(people.get(stored.id()).hasRole(Role.ACCEPTOR));
    }

    @Test
    @DisplayName("an update based on an older version is a concurrent modification and changes nothing")
    void staleUpdatesAreRefused() {
        People people = newPeople();
        Person stored = people.save(Person.newPerson("Li Na", Set.of(Role.OPERATOR), null));
        people.save(stored.grant(Role.ACCEPTOR, T0).person());

        assertThrows(ConcurrentModification.class, () -> people.save(stored.grant(Role.DISPATCHER, T0).person()));

        assertFalse(people.get(stored.id()).hasRole(Role.DISPATCHER));
    }

    @Test
    @DisplayName("inserting the same new person twice is a concurrent modification")
    void doubleInsertIsRefused() {
        People people = newPeople();
        Person li = Person.newPerson("Li Na", Set.of(Role.OPERATOR), null);
        people.save(li);

        assertThrows(ConcurrentModification.class, () -> people.save(li));
    }

    @Test
    @DisplayName("an unknown id is not found")
    void unknownIsNotFound() {
        People people = newPeople();

        assertTrue(people.find(PersonId.newId()).isEmpty());
        assertThrows(NotFound.class, () -> people.get(PersonId.newId()));
    }

    @Test
    @DisplayName("people are listed by role and by page, ordered by name")
    void listsByRoleAndPage() {
        People people = newPeople();
        for (String name : List.of("Zhao Lei", "Chen Jie", "Sun Li", "Zhou Min", "Wu Hao")) {
            people.save(Person.newPerson(name, name.startsWith("Z") ? Set.of(Role.SHIFT_LEADER) : Set.of(Role.OPERATOR), null));
        }

        assertEquals(List.of("Zhao Lei", "Zhou Min"), people.withRole(Role.SHIFT_LEADER).stream().map(Person::name).toList());
        Page<Person> first = people.list(PageRequest.first(2));
        Page<Person> third = people.list(new PageRequest(2, 2));
        assertEquals(List.of("Chen Jie", "Sun Li"), first.items().stream().map(Person::name).toList());
        assertEquals(5, first.total());
        assertTrue(first.hasNext());
        assertEquals(List.of("Zhou Min"), third.items().stream().map(Person::name).toList());
        assertFalse(third.hasNext());
    }
}
