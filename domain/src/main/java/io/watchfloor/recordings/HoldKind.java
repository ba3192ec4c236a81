package io.watchfloor.recordings;

/** The two kinds of hold of RET-09. */
public enum HoldKind {
    /** A legal hold (法律保全): no expiry; only released, by someone with authority. */
    LEGAL_HOLD,
    /** An evidence lock (证据锁定): protects footage until an expiry, in a {@link LockMode}. */
    EVIDENCE_LOCK
}
