package io.watchfloor.cases;

/** Why the centre chases a department (督办 / 催办). */
public enum ReminderKind {
    /** CASE-07: dispatched and not accepted after 30 min. */
    NOT_ACCEPTED,
    /** CASE-10: 80 % of the handling deadline has passed. */
    DEADLINE_NEAR,
    /** CASE-10: the handling deadline has passed. */
    DEADLINE_PASSED
}
