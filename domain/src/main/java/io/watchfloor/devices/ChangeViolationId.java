package io.watchfloor.devices;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a recorded unapproved change (DEVICE-04). */
public record ChangeViolationId(UUID value) {

    public ChangeViolationId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static ChangeViolationId newId() {
        return new ChangeViolationId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static ChangeViolationId of(String text) {
        return new ChangeViolationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
