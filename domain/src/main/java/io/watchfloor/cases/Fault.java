package io.watchfloor.cases;

/** What an error record against a person is for (CASE-03). */
public enum Fault {
    /** The dispatch limit (15 min, or 1 h after a special circumstance) passed before dispatch. */
    MISSED_DISPATCH_LIMIT,
    /** The registration (category, so department) was proven wrong by a confirmed return. */
    WRONG_REGISTRATION,
    /** The dispatch was proven wrong by a confirmed return. */
    WRONG_DISPATCH
}
