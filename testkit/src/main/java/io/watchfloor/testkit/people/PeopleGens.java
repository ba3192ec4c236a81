package io.watchfloor.testkit.people;

import io.watchfloor.people.Certification;
import io.watchfloor.people.Department;
import io.watchfloor.people.DepartmentId;
import io.watchfloor.people.DepartmentKind;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.Version;
import io.watchfloor.shared.WorkingCalendar;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.shared.KernelGens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Generators of the people context's values, valid by construction: ids, names, roles, certificates,
 * persons and departments. Instants come from {@link KernelGens#instants()} (2020 to 2036) and
 * calendars from {@link KernelGens#calendars()}. Every generator shrinks toward a simple value: the
 * first name, the first role ({@link Role#CENTRE_HEAD}), no certificates, a new version.
 */
public final class PeopleGens {

    private static final List<String> FAMILY_NAMES = List.of(
            "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Müller", "O'Brien");
    private static final List<String> GIVEN_NAMES = List.of(
            "Na", "Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Jun", "Xiaoming", "Anna", "Sean");
    private static final List<String> CHINESE_NAMES = List.of("李娜", "王伟", "张敏", "刘洋", "陈静", "欧阳娜娜");
    private static final List<String> DEPARTMENT_NAMES = List.of(
            "Monitoring centre", "Traffic police", "City management bureau", "Water authority",
            "Gas company", "Street office", "Supervision department", "城管局", "交警支队", "供电公司");

    /** A certificate lasts from a day to this long. */
    private static final Duration LONGEST_CERTIFICATE = Duration.ofDays(5 * 366);

    private PeopleGens() {
    }

    /** @return person ids over {@link KernelGens#uuids()} */
    public static Gen<PersonId> personIds() {
        return KernelGens.uuids().map(PersonId::new);
    }

    /** @return department ids over {@link KernelGens#uuids()} */
    public static Gen<DepartmentId> departmentIds() {
        return KernelGens.uuids().map(DepartmentId::new);
    }

    /**
     * Names of people, never blank: "family given" in Latin letters (with an umlaut and an
     * apostrophe among them) three times in four, else in Chinese characters. Shrinks toward "Li Na".
     *
     * @return the generator
     */
    public static Gen<String> names() {
        Gen<String> latin = source -> source.draw(Gens.oneOf(FAMILY_NAMES)) + " " + source.draw(Gens.oneOf(GIVEN_NAMES));
        return Gens.frequency(Gens.weighted(3, latin), Gens.weighted(1, Gens.oneOf(CHINESE_NAMES)));
    }

    /** @return every role, evenly; shrinks toward {@link Role#CENTRE_HEAD} */
    public static Gen<Role> roles() {
        return Gens.enums(Role.class);
    }

    /**
     * Sets of one to four roles, as a person holds them. Shrinks toward {CENTRE_HEAD}.
     *
     * @return the generator
     */
    public static Gen<Set<Role>> roleSets() {
        return Gens.sets(roles(), 1, 4).map(roles -> Set.copyOf(EnumSet.copyOf(roles)));
    }

    /**
     * Certificates for one of the given posts: a number such as {@code "CERT-2024-0042"}, valid
     * from an instant of {@link KernelGens#instants()} for a day to five years.
     *
     * @param posts the posts to choose from, at least one
     * @return the generator
     */
    public static Gen<Certification> certifications(Set<Role> posts) {
        if (posts.isEmpty()) {
            throw new IllegalArgumentException("certifications need at least one post");
        }
        List<Role> sorted = new ArrayList<>(EnumSet.copyOf(posts));
        Gen<Duration> validity = Gens.durations(Duration.ofDays(1), LONGEST_CERTIFICATE)
                .map(d -> Duration.ofMinutes(d.toMinutes()));
        return source -> {
            Role post = source.draw(Gens.oneOf(sorted));
            Instant from = source.draw(KernelGens.instants());
            String number = String.format("CERT-%d-%04d", 2020 + source.draw(Gens.integers(0, 15)),
                    source.draw(Gens.integers(1, 9999)));
            return new Certification(post, number, from, from.plus(source.draw(validity)));
        };
    }

    /** @return certificates for any post */
    public static Gen<Certification> certifications() {
        return certifications(EnumSet.allOf(Role.class));
    }

    /**
     * Persons with {@link #roleSets()}, a department or none (one time in four), zero to four
     * certificates, mostly for roles they hold, and a version of 0 (never stored) to 1000.
     *
     * @return the generator
     */
    public static Gen<Person> persons() {
        return persons(roleSets());
    }

    /**
     * Persons whose roles come from {@code roleSets}, otherwise as {@link #persons()}.
     *
     * @param roleSets the generator of role sets; each set must not be empty
     * @return the generator
     */
    public static Gen<Person> persons(Gen<Set<Role>> roleSets) {
        Objects.requireNonNull(roleSets, "roleSets");
        Gen<DepartmentId> departments = Gens.frequency(
                Gens.weighted(3, departmentIds()), Gens.weighted(1, Gens.constant(null)));
        return source -> {
            PersonId id = source.draw(personIds());
            String name = source.draw(names());
            Set<Role> roles = source.draw(roleSets);
            DepartmentId department = source.draw(departments);
            Gen<Certification> certificates = Gens.frequency(
                    Gens.weighted(4, certifications(roles)), Gens.weighted(1, certifications()));
            List<Certification> held = source.draw(Gens.lists(certificates, 0, 4));
            Version version = source.draw(KernelGens.versions());
            return new Person(id, name, roles, department, held, version);
        };
    }

    /**
     * Department names in English and Chinese. Shrinks toward "Monitoring centre".
     *
     * @return the generator
     */
    public static Gen<String> departmentNames() {
        return Gens.oneOf(DEPARTMENT_NAMES);
    }

    /**
     * Departments of every kind with a calendar of {@link KernelGens#calendars()} three times in
     * four, else round the clock.
     *
     * @return the generator
     */
    public static Gen<Department> departments() {
        Gen<WorkingCalendar> calendars = Gens.frequency(
                Gens.weighted(3, KernelGens.calendars()), Gens.weighted(1, KernelGens.twentyFourSeven()));
        return source -> new Department(source.draw(departmentIds()), source.draw(departmentNames()),
                source.draw(Gens.enums(DepartmentKind.class)), source.draw(calendars), source.draw(KernelGens.versions()));
    }
}
