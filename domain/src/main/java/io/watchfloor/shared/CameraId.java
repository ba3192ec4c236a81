package io.watchfloor.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a camera (or any recording device channel) across contexts; devices, recordings and access all name cameras by it. */
public record CameraId(UUID value) {

    /**
     * Refuses a missing value.
     *
     * @param value the UUID
     */
    public CameraId {
        Objects.requireNonNull(value, "value");
    }

    /** {@return a new, time-ordered id} */
    public static CameraId newId() {
        return new CameraId(UuidV7.next());
    }

    /**
     * {@return the id written as {@code value.toString()}}
     *
     * @param text a UUID as text
     */
    public static CameraId of(String text) {
        return new CameraId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
