package io.watchfloor.access;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A visit of a non-staff person to the control room (ACCESS-07): name, sealed ID number, contact,
 * host, who approved, purpose, entry and exit times.
 *
 * @param exitAt when they left, or {@code null} while inside
 */
public record Visit(VisitId id, String visitorName, SealedIdNumber idNumber, String contact, String organisation, PersonId host,
                    PersonId approvedBy, String purpose, Instant entryAt, Instant exitAt, Version version) {

    public Visit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(entryAt, "entryAt");
        Objects.requireNonNull(version, "version");
        for (String[] field : new String[][] {{"visitorName", visitorName}, {"contact", contact}, {"organisation", organisation}, {"purpose", purpose}}) {
            if (field[1] == null || field[1].isBlank()) {
                throw new IllegalArgumentException("a visit needs " + field[0]);
            }
        }
        if (exitAt != null && !exitAt.isAfter(entryAt)) {
            throw new IllegalArgumentException("the exit " + exitAt + " must be after the entry " + entryAt);
        }
    }

    /** When they left, once they have. */
    public Optional<Instant> exit() {
        return Optional.ofNullable(exitAt);
    }

    /** Whether they are inside at {@code at}. */
    public boolean isInsideAt(Instant at) {
        return !at.isBefore(entryAt) && (exitAt == null || at.isBefore(exitAt));
    }

    /** The same visit, left at {@code at}. */
    public Visit left(Instant at) {
        if (exitAt != null) {
            throw new IllegalArgumentException(visitorName + " already left at " + exitAt);
        }
        return new Visit(id, visitorName, idNumber, contact, organisation, host, approvedBy, purpose, entryAt, at, version);
    }

    /** The same visit as stored at {@code stored}; used by repository adapters only. */
    public Visit withVersion(Version stored) {
        return new Visit(id, visitorName, idNumber, contact, organisation, host, approvedBy, purpose, entryAt, exitAt, stored);
    }
}
