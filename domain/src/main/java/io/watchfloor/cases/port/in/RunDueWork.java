package io.watchfloor.cases.port.in;

import io.watchfloor.cases.DueWork;
import java.time.Instant;

/**
 * Fires what fell due (CASE-02, CASE-07, CASE-10): a scheduler in any deployment calls it as often
 * as it likes; each timer fires exactly once, with its deadline as the event's time. Reads only the
 * cases whose next deadline is before {@code now}, never every open case.
 */
public interface RunDueWork {

    /** Fires every timer whose limit lies strictly before {@code now}; returns what fired. */
    DueWork dueWork(Instant now);
}
