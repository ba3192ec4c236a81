package io.watchfloor.shifts.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.Sane;
import io.watchfloor.shifts.LeaveRequest;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Requests leave in advance (SHIFT-05: at least the policy's notice before it starts). */
public interface RequestLeave {

    /** Records the request and returns it as stored. */
    LeaveRequest request(Command command);

    /** The values of the RequestLeave command, checked by validation before anything happens. */
    record Command(@NotNull PersonId person, @NotNull @Sane Instant start, @NotNull @Sane Instant end, @Size(max = 500) String reason) {

        /** Checked by validation as the property {@code end}. */
        @AssertTrue(message = "must be after start")
        public boolean isEnd() {
            return start == null || end == null || end.isAfter(start);
        }
    }
}
