package io.watchfloor.recordings;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a recording segment (RET-01). */
public record SegmentId(UUID value) {

    public SegmentId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static SegmentId newId() {
        return new SegmentId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static SegmentId of(String text) {
        return new SegmentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
