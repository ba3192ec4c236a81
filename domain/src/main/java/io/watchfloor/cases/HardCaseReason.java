package io.watchfloor.cases;

/** Why a case is a hard case reported to the shift leader or centre head (CASE-12). */
public enum HardCaseReason {
    /** Its last verification failed and it is in rework. */
    VERIFICATION_FAILED,
    /** A leader supervises it personally (领导督办). */
    LEADER_SUPERVISED,
    /** The department asked to return it and the return is undecided. */
    AWAITING_RETURN
}
