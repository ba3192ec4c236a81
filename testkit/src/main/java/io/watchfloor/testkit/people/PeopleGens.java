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
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Generators of the people context's values, valid by construction: ids, names, roles, certificates,
 * persons and departments. Instants come from {@link KernelGens#instants()} (2020 to 2036) and
 * calendars from {@link KernelGens#calendars()}. Every generator shrinks toward a simple value: the
 * first name ("Li Na"), the first role ({@link Role#CENTRE_HEAD}), no department, no certificates,
 * a new version.
 */
public final class PeopleGens {

    private static final List<String> FAMILY_NAMES = List.of(
            "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Müller", "O'Brien");
    private static final List<String> GIVEN_NAMES = List.of(
            "Na", "Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Jun", "Xiaoming", "Anna", "Sean");
    private static final List<String> LATIN_NAMES = FAMILY_NAMES.stream()
            .flatMap(family -> GIVEN_NAMES.stream().map(given -> family + " " + given))
            .collect(Collectors.toUnmodifiableList());
    private static final List<String> CHINESE_NAMES = List.of("李娜", "王伟", "张敏", "刘洋", "陈静", "欧阳娜娜");
    private static final Gen<String> NAMES = Gens.frequency(
            Gens.weighted(3, Gens.oneOf(LATIN_NAMES)), Gens.weighted(1, Gens.oneOf(CHINESE_NAMES)));
    private static final List<String> DEPARTMENT_NAMES = List.of(
            "Monitoring centre", "Traffic police", "City management bureau", "Water authority",
            "Gas company", "Street office", "Supervision department", "城管局", "交警支队", "供电公司");

    /** A certificate lasts from a day to this long. */
    private static final Duration LONGEST_CERTIFICATE = Duration.ofDays(5 * 366);

    private PeopleGens() {
    }

    /** @return person ids over {@link KernelGens#uuids()} */
    public static Gen<PersonId> personIds() {
        return PERSON_IDS;
    }

    /** @return department ids over {@link KernelGens#uuids()} */
    public static Gen<DepartmentId> departmentIds() {
        return DEPARTMENT_IDS;
    }

    /**
     * Names of people, never blank: "family given" in Latin letters (with an umlaut and an
     * apostrophe among them) three times in four, else in Chinese characters. Shrinks toward "Li Na".
     *
     * @return the generator
     */
    public static Gen<String> names() {
        return NAMES;
    }

    /** @return every role, evenly; shrinks toward {@link Role#CENTRE_HEAD} */
    public static Gen<Role> roles() {
        return ROLES;
    }

    private static final Gen<Role> ROLES = Gens.enums(Role.class);

    /**
     * Sets of one to four roles, as a person holds them. Shrinks toward {CENTRE_HEAD}.
     *
     * @return the generator
     */
    public static Gen<Set<Role>> roleSets() {
        return ROLE_SETS;
    }

    private static final Gen<Set<Role>> ROLE_SETS = Gens.sets(ROLES, 1, 4).map(roles -> Set.copyOf(EnumSet.copyOf(roles)));

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
        return CERTIFICATIONS.computeIfAbsent(EnumSet.copyOf(posts), PeopleGens::certificationsFor);
    }

    private static final Map<Set<Role>, Gen<Certification>> CERTIFICATIONS = new ConcurrentHashMap<>();
    private static final Gen<Duration> VALIDITY = Gens.durations(Duration.ofDays(1), LONGEST_CERTIFICATE)
            .map(d -> Duration.ofMinutes(d.toMinutes()));
    private static final Gen<Integer> CERTIFICATE_YEARS = Gens.integers(2020, 2035);
    private static final Gen<Integer> CERTIFICATE_SERIALS = Gens.integers(1, 9999);

    private static Gen<Certification> certificationsFor(Set<Role> posts) {
        Gen<Role> post = Gens.oneOf(new ArrayList<>(posts));
        return source -> {
            Role role = source.draw(post);
            Instant from = source.draw(KernelGens.instants());
            String serial = String.valueOf(source.draw(CERTIFICATE_SERIALS));
            String number = "CERT-" + source.draw(CERTIFICATE_YEARS) + "-" + "0".repeat(4 - serial.length()) + serial;
            return new Certification(role, number, from, from.plus(source.draw(VALIDITY)));
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
        return source -> {
            PersonId id = source.draw(PERSON_IDS);
            String name = source.draw(NAMES);
            Set<Role> roles = source.draw(roleSets);
            DepartmentId department = source.draw(OPTIONAL_DEPARTMENTS);
            Gen<List<Certification>> certificates = HELD_CERTIFICATES.computeIfAbsent(EnumSet.copyOf(roles),
                    posts -> Gens.lists(Gens.frequency(
                            Gens.weighted(4, certifications(posts)), Gens.weighted(1, certifications())), 0, 4));
            List<Certification> held = source.draw(certificates);
            Version version = source.draw(KernelGens.versions());
            return new Person(id, name, roles, department, held, version);
        };
    }

    private static final Map<Set<Role>, Gen<List<Certification>>> HELD_CERTIFICATES = new ConcurrentHashMap<>();
    private static final Gen<PersonId> PERSON_IDS = KernelGens.uuids().map(PersonId::new);
    private static final Gen<DepartmentId> DEPARTMENT_IDS = KernelGens.uuids().map(DepartmentId::new);
    private static final Gen<DepartmentId> OPTIONAL_DEPARTMENTS = Gens.frequency(
            Gens.weighted(1, Gens.constant(null)), Gens.weighted(3, DEPARTMENT_IDS));

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
