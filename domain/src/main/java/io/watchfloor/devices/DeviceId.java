package io.watchfloor.devices;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a device in the archive (DEVICE-01); a camera is also known to other contexts by its {@link io.watchfloor.shared.CameraId}. */
public record DeviceId(UUID value) {

    public DeviceId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static DeviceId newId() {
        return new DeviceId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static DeviceId of(String text) {
        return new DeviceId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
