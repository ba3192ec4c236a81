package io.watchfloor.examples;

import java.time.Instant;

/**
 * One context's part of the simulated week: it sets up its facts, acts as time passes, and writes
 * its section of the duty report with figures the demo's test checks against the simulated facts.
 */
public interface WeekPart {

    /** Sets up this part's facts before the week starts (the clock stands at the start). */
    void setUp(Centre centre);

    /** Called at every tick of the accelerated clock, which then stands at {@code now}. */
    default void onTick(Centre centre, Instant now) {
    }

    /** Writes this part's section of the report at the end of the week. */
    void report(Centre centre, DutyReport report);
}
