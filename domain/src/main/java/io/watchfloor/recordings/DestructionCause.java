package io.watchfloor.recordings;

/** Which path destroyed a segment; every path obeys RET-03 and RET-06. */
public enum DestructionCause {
    /** The retention sweep: past the policy's maximum retention (RET-09). */
    PAST_MAXIMUM,
    /** Loop overwrite under storage pressure (RET-07). */
    CAPACITY_OVERWRITE,
    /** A manual deletion ordered by someone with authority. */
    MANUAL,
    /** An erasure request by a person whose image was recorded. */
    ERASURE_REQUEST
}
