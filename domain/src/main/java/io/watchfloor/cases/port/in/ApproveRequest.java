package io.watchfloor.cases.port.in;

import io.watchfloor.cases.Case;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The shift leader decides on an extension (延期) or parking (挂账) request, and resumes a parked case (CASE-16). */
public interface ApproveRequest {

    /** Approves the pending extension or parking request. */
    Case approve(Decision command);

    /** Refuses the pending request; nothing else changes. */
    Case refuse(Decision command);

    /** Takes a parked case out of parking. */
    Case resume(Decision command);

    /** The shift leader's decision, with its reason. */
    record Decision(@NotNull CaseId caseId, @NotNull PersonId shiftLeader, @NotBlank @Size(max = 2000) String reason) {
    }
}
