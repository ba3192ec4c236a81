package io.watchfloor.cases.port.in;

import io.watchfloor.cases.Case;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 核查 (CASE-08): the dispatcher reviews a completion and instructs a field supervisor; the fix check
 * passes (结案) or fails (返工). Not the existence check 核实 before registration (CASE-17).
 */
public interface VerifyCase {

    Case instruct(Instruction command);

    Case record(Result command);

    record Instruction(@NotNull CaseId caseId, @NotNull PersonId dispatcher, @NotNull PersonId supervisor, @Size(max = 2000) String note) {
    }

    record Result(@NotNull CaseId caseId, @NotNull PersonId supervisor, @NotNull Boolean passed, @NotBlank @Size(max = 2000) String note) {
    }
}
