package io.watchfloor.shifts.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.shifts.LeaveRequest;
import io.watchfloor.shifts.LeaveRequestId;
import jakarta.validation.constraints.NotNull;

/**
 * A shift leader or the centre head approves or refuses leave (SHIFT-05); approval needs a substitute on
 * every duty the person has in the period first.
 */
public interface DecideLeave {

    /** Records the decision and returns the request as stored. */
    LeaveRequest decide(Command command);

    /** The values of the DecideLeave command, checked by validation before anything happens. */
    record Command(@NotNull PersonId actor, @NotNull LeaveRequestId request, boolean approve) {
    }
}
