package io.watchfloor.devices;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a repair order (DEVICE-03). */
public record RepairOrderId(UUID value) {

    public RepairOrderId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static RepairOrderId newId() {
        return new RepairOrderId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static RepairOrderId of(String text) {
        return new RepairOrderId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
