package io.watchfloor.recordings;

/** How firmly an evidence lock holds (RET-09). */
public enum LockMode {
    /** An authorised person may shorten or release it, with a reason, and the change is audited. */
    GOVERNANCE,
    /** Nobody may shorten or release it before its expiry; it may only be extended. */
    COMPLIANCE
}
