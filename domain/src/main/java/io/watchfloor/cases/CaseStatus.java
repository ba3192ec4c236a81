package io.watchfloor.cases;

/** Where a case stands in its lifecycle. */
public enum CaseStatus {
    /** 受理: received, waiting for registration (and maybe for the existence check, 核实). */
    RECEIVED,
    /** Rejected at intake with a reason; final. */
    REJECTED,
    /** Linked to an open case as a repeat report (CASE-09); final. */
    REPEAT,
    /** 立案: registered (or returned and confirmed), waiting to be dispatched. */
    REGISTERED,
    /** 派遣: with the department, not yet accepted. */
    DISPATCHED,
    /** Accepted by the department, being handled (also during rework). */
    ACCEPTED,
    /** The department asked to return it (CASE-05), the shift leader has not reported it yet. */
    RETURN_REQUESTED,
    /** The shift leader reported the return; the centre head decides. */
    RETURN_REPORTED,
    /** The department reported completion; the dispatcher is to order the verification. */
    COMPLETED,
    /** A field supervisor is to verify the fix (核查). */
    VERIFYING,
    /** 挂账: parked with the shift leader's approval; its clocks stand still. */
    PARKED,
    /** 结案: closed after a passed verification; final. */
    CLOSED;

    /** Whether nothing can happen to a case in this status any more. */
    public boolean isFinal() {
        return this == CLOSED || this == REJECTED || this == REPEAT;
    }

    /**
     * Whether the handling deadline's clock runs: from dispatch until closure, through returns asked
     * and verification, but not while parked (coordination stops it too, whatever the status).
     */
    public boolean handlingClockRuns() {
        return this == DISPATCHED || this == ACCEPTED || this == RETURN_REQUESTED || this == RETURN_REPORTED
                || this == COMPLETED || this == VERIFYING;
    }
}
