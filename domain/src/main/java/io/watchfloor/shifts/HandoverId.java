package io.watchfloor.shifts;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a written handover between two shifts. */
public record HandoverId(UUID value) {

    public HandoverId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static HandoverId newId() {
        return new HandoverId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static HandoverId of(String text) {
        return new HandoverId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
