package io.watchfloor.testkit.people;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.out.People;
import io.watchfloor.shared.Page;
import io.watchfloor.shared.PageRequest;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The staff records in memory. */
public final class InMemoryPeople implements People {

    private static final Comparator<Person> BY_NAME = Comparator.comparing(Person::name).thenComparing(p -> p.id().value());
    private final InMemoryVersionedStore<PersonId, Person> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryPeople(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("person", Person::id, Person::version, Person::withVersion, transactions);
    }

    @Override
    public Person save(Person person) {
        return store.save(person);
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return store.find(id);
    }

    @Override
    public List<Person> withRole(Role role) {
        return store.select(p -> p.hasRole(role), BY_NAME);
    }

    @Override
    public Page<Person> list(PageRequest page) {
        return Page.of(store.select(p -> true, BY_NAME), page);
    }
}
