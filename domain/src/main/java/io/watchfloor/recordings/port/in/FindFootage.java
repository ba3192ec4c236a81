package io.watchfloor.recordings.port.in;

import io.watchfloor.recordings.Footage;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.Sane;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * "What footage of camera C between t1 and t2 still exists, and why is it kept?" at the clock's
 * instant. A camera nobody knows is {@link io.watchfloor.shared.NotFound}, not an empty answer.
 */
public interface FindFootage {

    /** The segments that still exist, by start, each with its decision and reasons. */
    List<Footage> find(Query query);

    /** The camera and the time range {@code [from, to)} asked about. */
    record Query(@NotNull CameraId camera, @NotNull @Sane Instant from, @NotNull @Sane Instant to) {

        /** Checked as the property {@code to}. */
        @AssertTrue(message = "must be after from")
        public boolean isTo() {
            return from == null || to == null || to.isAfter(from);
        }
    }
}
