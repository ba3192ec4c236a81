package io.watchfloor.cases.port.in;

import io.watchfloor.cases.Case;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 督办 / 催办 (CASE-07, CASE-10, CASE-12): record a reminder's outcome; a leader takes a case under supervision. */
public interface ChaseCase {

    /** Records the outcome of a reminder task, once (CASE-07, CASE-10). */
    Case recordOutcome(Outcome command);

    /** 领导督办: by the centre head or a deputy leader; the case becomes a hard case (CASE-12). */
    Case supervise(Supervision command);

    /** The outcome of reminder task {@code reminder} (1-based): whether the department was reached, and what was said. */
    record Outcome(@NotNull CaseId caseId, @NotNull PersonId actor, @Min(1) int reminder, @NotNull Boolean reached,
                   @NotBlank @Size(max = 2000) String outcome) {
    }

    /** A leader takes a case under personal supervision (领导督办). */
    record Supervision(@NotNull CaseId caseId, @NotNull PersonId leader, @NotBlank @Size(max = 2000) String reason) {
    }
}
