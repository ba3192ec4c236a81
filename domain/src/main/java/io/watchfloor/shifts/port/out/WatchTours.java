package io.watchfloor.shifts.port.out;

import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.WatchTour;
import java.util.List;

/** The recorded watch tours (SHIFT-06); tours are only ever added. */
public interface WatchTours {

    /** Adds a tour. */
    void add(WatchTour tour);

    /** Every tour in {@code range}, ordered by time. */
    List<WatchTour> during(TimeRange range);
}
