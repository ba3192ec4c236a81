package io.watchfloor.cases;

import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.RuleViolation;
import java.time.Instant;

/**
 * CASE-06: the department asked to return a case after its return window closed; it handles the case
 * to closure unless the centre head decides a late return.
 */
public class ReturnWindowClosed extends RuleViolation {

    private static final long serialVersionUID = 1L;
    private final transient Instant closedAt;

    public ReturnWindowClosed(CaseId caseId, Instant closedAt, String when) {
        super("CASE-06", "the return window of case " + caseId + " closed at " + when
                + "; the department handles it to closure unless the centre head decides a late return");
        this.closedAt = closedAt;
    }

    /** When the window closed. */
    public Instant closedAt() {
        return closedAt;
    }
}
