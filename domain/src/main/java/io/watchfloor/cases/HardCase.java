package io.watchfloor.cases;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import java.util.Set;

/** A hard case (CASE-12) and who it is reported to now: the shift leader on duty, else the centre head ({@code null} if nobody). */
public record HardCase(CaseId caseId, Set<HardCaseReason> reasons, PersonId reportTo) {
    public HardCase {
        reasons = Set.copyOf(reasons);
    }
}
