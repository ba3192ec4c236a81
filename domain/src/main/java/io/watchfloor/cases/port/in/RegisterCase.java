package io.watchfloor.cases.port.in;

import io.watchfloor.cases.Case;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 立案 (CASE-01): registers a received report in a category that names the responsible department,
 * or rejects it with a reason. A report of the same problem as an open case (same category, near,
 * recent) is linked to it as a repeat report instead (CASE-09).
 */
public interface RegisterCase {

    /** Registers the case (or links it as a repeat) and returns it. */
    Case register(Command command);

    /** Rejects the report with a reason. */
    Case reject(Rejection command);

    /** Registers a received report in the category with this code (CASE-01). */
    record Command(@NotNull CaseId caseId, @NotNull PersonId acceptor, @NotBlank @Size(max = 100) String category,
                   @Size(max = 2000) String note) {
    }

    /** Rejects a received report with a reason (CASE-01). */
    record Rejection(@NotNull CaseId caseId, @NotNull PersonId acceptor, @NotBlank @Size(max = 2000) String reason) {
    }
}
