package io.watchfloor.devices;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a change request (DEVICE-04). */
public record ChangeRequestId(UUID value) {

    public ChangeRequestId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static ChangeRequestId newId() {
        return new ChangeRequestId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static ChangeRequestId of(String text) {
        return new ChangeRequestId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
