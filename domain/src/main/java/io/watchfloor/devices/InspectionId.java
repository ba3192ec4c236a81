package io.watchfloor.devices;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies an inspection record (DEVICE-02). */
public record InspectionId(UUID value) {

    public InspectionId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static InspectionId newId() {
        return new InspectionId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static InspectionId of(String text) {
        return new InspectionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
