package io.watchfloor.shifts.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.shifts.Attendance;
import jakarta.validation.constraints.NotNull;

/**
 * Checks a person in for their next rostered duty, at the clock's time (SHIFT-03): on time at least 10
 * min before the start, late after it. They declare no alcohol within 8 h before duty (SHIFT-10); without
 * that declaration they are refused as unfit.
 */
public interface CheckIn {

    /** Checks them in and returns the attendance as stored. */
    Attendance checkIn(Command command);

    /**
     * The values of the CheckIn command, checked by validation before anything happens.
     *
     * @param declaresFit the person declares no alcohol within the policy's time before duty
     */
    record Command(@NotNull PersonId person, boolean declaresFit) {
    }
}
