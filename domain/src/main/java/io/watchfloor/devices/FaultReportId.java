package io.watchfloor.devices;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a fault report (DEVICE-03). */
public record FaultReportId(UUID value) {

    public FaultReportId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static FaultReportId newId() {
        return new FaultReportId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static FaultReportId of(String text) {
        return new FaultReportId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
