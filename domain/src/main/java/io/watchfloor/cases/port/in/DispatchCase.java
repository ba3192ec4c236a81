package io.watchfloor.cases.port.in;

import io.watchfloor.cases.Case;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 派遣 / 改派 (CASE-02): a dispatcher sends a registered case to its responsible department within the limit. */
public interface DispatchCase {

    /** Dispatches the case and returns it. */
    Case dispatch(Command command);

    /** Records a special circumstance that lifts this case's limit to 1 h (CASE-02). */
    Case declareSpecialCircumstance(SpecialCircumstance command);

    /** Dispatches a registered case to its responsible department. */
    record Command(@NotNull CaseId caseId, @NotNull PersonId dispatcher, @Size(max = 2000) String note) {
    }

    /** @param reason system down, case cannot be opened, or another stated reason */
    record SpecialCircumstance(@NotNull CaseId caseId, @NotNull PersonId actor, @NotBlank @Size(max = 2000) String reason) {
    }
}
