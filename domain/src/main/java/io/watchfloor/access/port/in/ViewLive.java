package io.watchfloor.access.port.in;

import io.watchfloor.access.AccessLogEntry;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import jakarta.validation.constraints.NotNull;

/** Opens a camera's live view for a member of staff (ACCESS-09), logged (ACCESS-04). */
public interface ViewLive {

    /** Checks that the viewer is on duty with the role and level for it, logs the view and returns its entry. */
    AccessLogEntry view(Command command);

    /** Open {@code camera} live for {@code viewer}. */
    record Command(@NotNull PersonId viewer, @NotNull CameraId camera) {
    }
}
