package io.watchfloor.adapters.jdbc;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.out.People;
import io.watchfloor.shared.Page;
import io.watchfloor.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@link People} port over table {@code wf_people}. */
public final class JdbcPeople implements People {

    private static final String BY_NAME = "name, id";
    private final DocumentTable<Person> table;

    /** Staff records in the database of {@code transactions}. */
    public JdbcPeople(JdbcTransactions transactions) {
        Columns<Person> columns = Columns.of(Person.class)
                .add("name", Person::name)
                .add("roles", p -> p.roles().stream().map(Role::name).sorted()
                        .collect(Collectors.joining(",", ",", ",")));
        this.table = new DocumentTable<>(transactions, "wf_people", "person", Person.class, Person::id,
                Person::version, (p, v) -> new Person(p.id(), p.name(), p.roles(), p.department(), p.certifications(), v),
                columns);
    }

    @Override
    public Person save(Person person) {
        return table.save(person);
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return table.find(id);
    }

    @Override
    public List<Person> withRole(Role role) {
        return table.where("roles LIKE ?", BY_NAME, "%," + role.name() + ",%");
    }

    @Override
    public Page<Person> list(PageRequest page) {
        return table.page(page, BY_NAME);
    }
}
