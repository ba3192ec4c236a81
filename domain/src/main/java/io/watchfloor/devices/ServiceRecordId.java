package io.watchfloor.devices;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a servicing or firmware record (DEVICE-06). */
public record ServiceRecordId(UUID value) {

    public ServiceRecordId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static ServiceRecordId newId() {
        return new ServiceRecordId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static ServiceRecordId of(String text) {
        return new ServiceRecordId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
