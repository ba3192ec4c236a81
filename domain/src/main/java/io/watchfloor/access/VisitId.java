package io.watchfloor.access;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a visit to the control room. */
public record VisitId(UUID value) {

    public VisitId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static VisitId newId() {
        return new VisitId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static VisitId of(String text) {
        return new VisitId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
