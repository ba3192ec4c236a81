package io.watchfloor.shifts;

import io.watchfloor.people.PersonId;
import java.time.Instant;
import java.util.Objects;

/**
 * One watch tour (巡视): an operator viewed every monitor at {@code at} (SHIFT-06).
 *
 * @param note what they noticed, possibly empty
 */
public record WatchTour(PersonId operator, Instant at, Source source, String note) {

    /** Where the record came from. */
    public enum Source {
        /** Recorded by the operator. */
        MANUAL,
        /** Reported by the camera platform (the operator cycled through every monitor). */
        PLATFORM
    }

    public WatchTour {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        note = note == null ? "" : note;
    }
}
