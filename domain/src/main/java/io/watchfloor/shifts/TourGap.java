package io.watchfloor.shifts;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.TimeRange;
import java.time.Duration;
import java.util.Objects;

/**
 * An interval of an operator's duty longer than the tour interval without a tour (SHIFT-06).
 *
 * @param missedTours how many tours the gap lacks: a gap of 45 min with a 30-min interval misses one
 */
public record TourGap(PersonId operator, TimeRange gap, int missedTours) {

    public TourGap {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(gap, "gap");
        if (missedTours < 1) {
            throw new IllegalArgumentException("a tour gap misses at least one tour");
        }
    }

    /** The tours missing in a stretch of {@code length} without a tour, given the interval. */
    public static int missed(Duration length, Duration interval) {
        return (int) Math.max(0, (length.toNanos() - 1) / interval.toNanos());
    }
}
