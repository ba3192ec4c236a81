package io.watchfloor.shifts.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.shifts.Attendance;
import jakarta.validation.constraints.NotNull;

/**
 * Checks a person out at the clock's time (SHIFT-03). At the end of the duty only after the incoming
 * person signed the handover (SHIFT-04), which may be a few minutes before the end (responsibility passes at
 * the signature, SHIFT-10: not an early leave); otherwise before the end only with another person on the
 * post, and it is recorded as an early leave (SHIFT-05).
 */
public interface CheckOut {

    /** Checks them out and returns the attendance as stored. */
    Attendance checkOut(Command command);

    /** The values of the CheckOut command, checked by validation before anything happens. */
    record Command(@NotNull PersonId person) {
    }
}
