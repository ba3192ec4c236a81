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

    /** Orders the verification of a reported completion. */
    Case instruct(Instruction command);

    /** Records the verification: passed closes the case, failed sends it back as rework. */
    Case record(Result command);

    /** The dispatcher orders a field supervisor to verify the fix (CASE-08). */
    record Instruction(@NotNull CaseId caseId, @NotNull PersonId dispatcher, @NotNull PersonId supervisor, @Size(max = 2000) String note) {
    }

    /** The instructed field supervisor records whether the fix holds (CASE-08). */
    record Result(@NotNull CaseId caseId, @NotNull PersonId supervisor, @NotNull Boolean passed, @NotBlank @Size(max = 2000) String note) {
    }
}
