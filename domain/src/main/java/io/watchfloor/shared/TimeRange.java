package io.watchfloor.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open interval of instants, {@code [start, end)}; the end is after the start. */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("the end " + end + " must be after the start " + start);
        }
    }

    /** The range from {@code start} lasting {@code length}. */
    public static TimeRange starting(Instant start, Duration length) {
        return new TimeRange(start, start.plus(length));
    }

    /** How long it lasts. */
    public Duration length() {
        return Duration.between(start, end);
    }

    /** Whether {@code instant} lies in {@code [start, end)}. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** Whether {@code other} lies wholly inside this range. */
    public boolean contains(TimeRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** Whether the two ranges share at least one instant. */
    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
