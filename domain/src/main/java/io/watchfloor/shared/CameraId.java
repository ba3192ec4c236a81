package io.watchfloor.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a camera (or any recording device channel) across contexts; devices, recordings and access all name cameras by it. */
public record CameraId(UUID value) {

    public CameraId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static CameraId newId() {
        return new CameraId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static CameraId of(String text) {
        return new CameraId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
