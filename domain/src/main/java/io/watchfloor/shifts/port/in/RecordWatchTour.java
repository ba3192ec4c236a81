package io.watchfloor.shifts.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.Sane;
import io.watchfloor.shifts.WatchTour;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Records a watch tour by an operator on duty (SHIFT-06), by hand or from the camera platform. */
public interface RecordWatchTour {

    /** Records it and returns it. */
    WatchTour record(Command command);

    /**
     * The values of the RecordWatchTour command, checked by validation before anything happens.
     *
     * @param at when the tour was made; not in the future
     */
    record Command(@NotNull PersonId operator, @NotNull @Sane Instant at, @NotNull WatchTour.Source source, @Size(max = 1000) String note) {
    }
}
