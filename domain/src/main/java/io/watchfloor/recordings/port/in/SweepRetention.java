package io.watchfloor.recordings.port.in;

import io.watchfloor.recordings.SweepReport;
import jakarta.validation.constraints.Positive;

/**
 * The retention sweep at the clock's instant (RET-03, RET-06, RET-09): first completes or withdraws
 * the pending destructions of an interrupted sweep, then streams every segment through the
 * {@link io.watchfloor.recordings.RetentionPlanner} in batches and destroys those past their maximum
 * retention that nothing protects, recording each destruction before deleting its media. Running it
 * again, at the same or an earlier instant, or in other batch sizes, destroys nothing more.
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
