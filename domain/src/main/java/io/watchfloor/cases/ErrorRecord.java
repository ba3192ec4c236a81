package io.watchfloor.cases;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import java.time.Instant;
import java.util.Objects;

/**
 * An error recorded against a person automatically, for appraisal (CASE-03): a missed dispatch
 * limit, or a registration or dispatch proven wrong. Append-only: never edited or removed.
 *
 * @param at when it was incurred (for a missed limit, the limit itself)
 */
public record ErrorRecord(PersonId person, CaseId caseId, Fault fault, Instant at) {

    public ErrorRecord {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(at, "at");
    }
}
