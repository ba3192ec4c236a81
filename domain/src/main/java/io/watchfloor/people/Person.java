package io.watchfloor.people;

import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person on the centre's staff or in a department: their roles (PEOPLE-01) and certifications
 * (PEOPLE-02). Immutable: each change returns the new state with the event it caused.
 *
 * @param department the department they belong to, or {@code null} when none is recorded
 */
public record Person(PersonId id, String name, Set<Role> roles, DepartmentId department,
                     List<Certification> certifications, Version version) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a person needs a name");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a person needs at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        certifications = List.copyOf(certifications);
    }

    /** A person not yet stored. */
    public static Person newPerson(String name, Set<Role> roles, DepartmentId department) {
        return new Person(PersonId.newId(), name, roles, department, List.of(), Version.NEW);
    }

    /** The result of a change: the new state and the event it caused. */
    public record Changed(Person person, PeopleEvent event) {
    }

    /** Whether they hold {@code role}. */
    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The department, when one is recorded. */
    public Optional<DepartmentId> departmentId() {
        return Optional.ofNullable(department);
    }

    /** Throws PEOPLE-01 unless they hold {@code role}; {@code forWhat} says what needed it ("dispatch a case"). */
    public void requireRole(Role role, String forWhat) {
        if (!hasRole(role)) {
            throw new RuleViolation("PEOPLE-01", name + " may not " + forWhat + ": that needs the role "
                    + role.title() + ", and they hold " + titles(roles));
        }
    }

    /** Throws PEOPLE-01 unless they hold one of {@code anyOf}. */
    public void requireAnyRole(Set<Role> anyOf, String forWhat) {
        if (roles.stream().noneMatch(anyOf::contains)) {
            throw new RuleViolation("PEOPLE-01", name + " may not " + forWhat + ": that needs one of the roles "
                    + titles(anyOf) + ", and they hold " + titles(roles));
        }
    }

    private static String titles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::title).collect(Collectors.joining(", "));
    }

    /** Whether a certificate for {@code post} is valid for the whole of {@code duty}. */
    public boolean isCertifiedFor(Role post, TimeRange duty) {
        return certifications.stream().anyMatch(c -> c.post() == post && c.covers(duty));
    }

    /**
     * Throws PEOPLE-02 unless they hold {@code post} and a certificate for it valid for the whole of
     * {@code duty}; the sentence says whether none exists or when it expires.
     */
    public void requireCertifiedFor(Role post, TimeRange duty) {
        requireRole(post, "be rostered as " + post.title());
        if (isCertifiedFor(post, duty)) {
            return;
        }
        Optional<Certification> latest = certifications.stream()
                .filter(c -> c.post() == post)
                .max(Comparator.comparing(Certification::validUntil));
        String why = latest
                .map(c -> "their " + post.title() + " certificate " + c.number() + " is valid from "
                        + WHEN.format(c.validFrom()) + " until " + WHEN.format(c.validUntil())
                        + ", not for the whole duty " + WHEN.format(duty.start()) + " to " + WHEN.format(duty.end()))
                .orElse("they hold no " + post.title() + " certificate");
        throw new RuleViolation("PEOPLE-02", name + " may not be rostered as " + post.title() + ": " + why);
    }

    /** Grants {@code role}. */
    public Changed grant(Role role, Instant at) {
        Set<Role> more = EnumSet.copyOf(roles);
        more.add(Objects.requireNonNull(role, "role"));
        return new Changed(new Person(id, name, more, department, certifications, version), new PeopleEvent.RoleGranted(id, role, at));
    }

    /** Revokes {@code role}; a person keeps at least one role. Refuses both as PEOPLE-01. */
    public Changed revoke(Role role, Instant at) {
        if (!hasRole(role)) {
            throw new RuleViolation("PEOPLE-01", name + " does not hold the role " + role.title() + ", so it cannot be revoked");
        }
        Set<Role> fewer = EnumSet.copyOf(roles);
        fewer.remove(role);
        if (fewer.isEmpty()) {
            throw new RuleViolation("PEOPLE-01", name + " would hold no role; grant another first");
        }
        return new Changed(new Person(id, name, fewer, department, certifications, version), new PeopleEvent.RoleRevoked(id, role, at));
    }

    /** Records a certificate they obtained. */
    public Changed certify(Certification certification, Instant at) {
        List<Certification> more = new ArrayList<>(certifications);
        more.add(Objects.requireNonNull(certification, "certification"));
        return new Changed(new Person(id, name, roles, department, more, version),
                new PeopleEvent.CertificationRecorded(id, certification.post(), certification.validUntil(), at));
    }

    /** The same person as stored at {@code stored}; used by repository adapters only. */
    public Person withVersion(Version stored) {
        return new Person(id, name, roles, department, certifications, stored);
    }
}
