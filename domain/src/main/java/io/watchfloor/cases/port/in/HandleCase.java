package io.watchfloor.cases.port.in;

import io.watchfloor.cases.Case;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.Sane;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/**
 * The department's side (处置): accept, report completion (处理反馈), ask for an extension (延期) or
 * for parking (挂账, CASE-16). The actor is staff of the department holding the case.
 */
public interface HandleCase {

    /** Accepts the dispatched case; returns it as stored. */
    Case accept(Step command);

    /** Reports the work done (处理反馈, CASE-08). */
    Case reportCompletion(Step command);

    /** Asks for more time (延期, CASE-16). */
    Case requestExtension(Extension command);

    /** Asks for the case to be parked (挂账, CASE-16); the note is the reason. */
    Case requestParking(Step command);

    /** One step of the department on a case; {@code note} is its report or reason (required to park). */
    record Step(@NotNull CaseId caseId, @NotNull PersonId staff, @Size(max = 2000) String note) {
    }

    /** @param extra more time, counted as the category counts (working or continuous) */
    record Extension(@NotNull CaseId caseId, @NotNull PersonId staff, @NotNull @Sane Duration extra, @NotBlank @Size(max = 2000) String reason) {

        /** Checked by validation as the property {@code extraPositive}. */
        @jakarta.validation.constraints.AssertTrue(message = "extra must be a positive duration")
        public boolean isExtraPositive() {
            return extra == null || (!extra.isNegative() && !extra.isZero());
        }
    }
}
