package io.watchfloor.cases.port.in;

import io.watchfloor.cases.Case;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * CASE-11: force majeure puts a case into a three-party coordination (centre, department,
 * supervision department); the deadline clock stands still until the three resolve it.
 */
public interface CoordinateCase {

    /** Starts the coordination; the deadline clock stops. */
    Case start(Start command);

    /** Records the resolution of the three parties; the clock runs on with the deadline moved by the paused time. */
    Case resolve(Resolution command);

    /** @param actor a dispatcher or the shift leader */
    record Start(@NotNull CaseId caseId, @NotNull PersonId actor, @NotBlank @Size(max = 2000) String reason) {
    }

    /**
     * @param centreParty the shift leader or centre head
     * @param departmentParty staff of the department holding the case
     * @param supervisionParty a person of the supervision department
     */
    record Resolution(@NotNull CaseId caseId, @NotNull PersonId centreParty, @NotNull PersonId departmentParty,
                      @NotNull PersonId supervisionParty, @NotBlank @Size(max = 2000) String resolution) {
    }
}
