package io.watchfloor.people;

import io.watchfloor.shared.DomainEvent;
import java.time.Instant;
import java.util.Set;

/** What happens to people and departments. */
public sealed interface PeopleEvent extends DomainEvent {

    /** A person joined the staff records. */
    record PersonRegistered(PersonId person, Set<Role> roles, Instant occurredAt) implements PeopleEvent {
    }

    /** A person was given a role. */
    record RoleGranted(PersonId person, Role role, Instant occurredAt) implements PeopleEvent {
    }

    /** A person lost a role. */
    record RoleRevoked(PersonId person, Role role, Instant occurredAt) implements PeopleEvent {
    }

    /** A person's certificate for a post was recorded. */
    record CertificationRecorded(PersonId person, Role post, Instant validUntil, Instant occurredAt) implements PeopleEvent {
    }

    /** A department was registered. */
    record DepartmentRegistered(DepartmentId department, DepartmentKind kind, Instant occurredAt) implements PeopleEvent {
    }
}
