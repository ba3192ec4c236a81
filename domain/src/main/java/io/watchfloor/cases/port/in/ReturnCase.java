package io.watchfloor.cases.port.in;

import io.watchfloor.cases.Case;
import io.watchfloor.cases.Fault;
import io.watchfloor.people.DepartmentId;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 回退 (CASE-05, CASE-06): the department asks within the window, naming the right department; the
 * shift leader reports it; the centre head confirms (then the case waits for re-dispatch) or
 * refuses. After the window only the centre head's recorded late-return decision returns a case.
 */
public interface ReturnCase {

    /** The department asks to return the case within the window (CASE-05; after it, CASE-06 refuses). */
    Case request(Request command);

    /** The shift leader reports the requested return to the centre head. */
    Case report(Decision command);

    /** The centre head confirms a reported return; the case waits for re-dispatch. */
    Case confirm(Confirmation command);

    /** The centre head refuses a requested or reported return. */
    Case refuse(Decision command);

    /** The centre head's recorded late-return decision (CASE-06). */
    Case decideLate(LateReturn command);

    /** The department asks to return the case, naming the right department (CASE-05). */
    record Request(@NotNull CaseId caseId, @NotNull PersonId staff, @NotNull DepartmentId rightDepartment,
                   @NotBlank @Size(max = 2000) String reason) {
    }

    /** A shift leader's report or a centre head's refusal. */
    record Decision(@NotNull CaseId caseId, @NotNull PersonId actor, @NotBlank @Size(max = 2000) String reason) {
    }

    /** @param fault whether the registration or the dispatch was wrong; recorded against its author (CASE-03) */
    record Confirmation(@NotNull CaseId caseId, @NotNull PersonId centreHead, @NotNull Fault fault,
                        @NotBlank @Size(max = 2000) String reason) {
    }

    /** @param consultation what the department said when consulted, and why it cannot handle the case */
    record LateReturn(@NotNull CaseId caseId, @NotNull PersonId centreHead, @NotNull DepartmentId rightDepartment,
                      @NotNull Fault fault, @NotBlank @Size(max = 2000) String consultation) {
    }
}
