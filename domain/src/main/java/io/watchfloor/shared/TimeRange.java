package io.watchfloor.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open interval of instants, {@code [start, end)}; the end is after the start. */
public record TimeRange(Instant start, Instant end) {

    /**
     * Refuses a missing instant or an end before the start.
     *
     * @param start the first instant, included
     * @param end the end, excluded
     */
    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("the end " + end + " must be after the start " + start);
        }
    }

    /**
     * {@return the range from {@code start} lasting {@code length}}
     *
     * @param start the first instant
     * @param length how long it lasts, not negative
     */
    public static TimeRange starting(Instant start, Duration length) {
        return new TimeRange(start, start.plus(length));
    }

    /** {@return how long it lasts} */
    public Duration length() {
        return Duration.between(start, end);
    }

    /**
     * {@return whether {@code instant} lies in {@code [start, end)}}
     *
     * @param instant any instant
     */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /**
     * {@return whether {@code other} lies wholly inside this range}
     *
     * @param other another range
     */
    public boolean contains(TimeRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /**
     * {@return whether the two ranges share at least one instant}
     *
     * @param other another range
     */
    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
