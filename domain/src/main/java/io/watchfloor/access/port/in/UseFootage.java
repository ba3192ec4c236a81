package io.watchfloor.access.port.in;

import io.watchfloor.access.AccessAction;
import io.watchfloor.access.AccessLogEntry;
import io.watchfloor.access.GrantId;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.Sane;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Views or plays back recorded footage under a grant (ACCESS-03, ACCESS-04): the use is checked
 * against the grant and logged before footage is shown; a refused use is logged as refused.
 */
public interface UseFootage {

    /** Checks and logs the use; returns its access-log entry. */
    AccessLogEntry use(Command command);

    /**
     * View or play back {@code camera}'s footage in the range under {@code grant}.
     *
     * @param action {@code VIEW} or {@code PLAYBACK}; exports and copies have their own use cases
     */
    record Command(@NotNull GrantId grant, @NotNull PersonId actor, @NotNull CameraId camera, @NotNull @Sane Instant footageStart,
                   @NotNull @Sane Instant footageEnd, @NotNull AccessAction action) {

        /** Checked as the property {@code footageEnd}. */
        @AssertTrue(message = "must be after footageStart")
        public boolean isFootageEnd() {
            return footageStart == null || footageEnd == null || footageEnd.isAfter(footageStart);
        }

        /** Checked as the property {@code action}. */
        @AssertTrue(message = "must be VIEW or PLAYBACK; use ExportFootage or HandOverCopy")
        public boolean isAction() {
            return action == null || action == AccessAction.VIEW || action == AccessAction.PLAYBACK;
        }
    }
}
