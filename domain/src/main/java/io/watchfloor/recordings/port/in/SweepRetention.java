package io.watchfloor.recordings.port.in;

import io.watchfloor.recordings.SweepReport;
import jakarta.validation.constraints.Positive;

/**
 * The retention sweep at the clock's instant (RET-03, RET-06, RET-09): first carries on (completes or
 * withdraws) the unfinished destructions of an interrupted or failed run, then streams every segment
 * through the {@link io.watchfloor.recordings.RetentionPlanner} in batches and destroys those past their
 * maximum retention that nothing protects, recording each destruction and then claiming it, with its
 * protection checked again under the camera's protection lock, before deleting its media (ADR 0006).
 * Running it again, at the same or an earlier instant, or in other batch sizes, destroys nothing more.
 */
public interface SweepRetention {

    /** Sweeps and reports what it did. */
    SweepReport sweep(Command command);

    /** @param batchSize segments per unit of work, or {@code null} for the policy's */
    record Command(@Positive Integer batchSize) {

        /** A sweep in the policy's batches. */
        public static Command standard() {
            return new Command(null);
        }
    }
}
