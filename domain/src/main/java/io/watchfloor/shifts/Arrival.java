package io.watchfloor.shifts;

/** How someone arrived for a duty (SHIFT-03). */
public enum Arrival {
    /** At least the policy's time (10 min) before the start: on time. */
    ON_TIME,
    /** Before the start, but with less than the time to check the equipment. */
    WITHOUT_CHECK_TIME,
    /** After the start: recorded as late. */
    LATE
}
