package io.watchfloor.devices;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies an inspection schedule (DEVICE-02). */
public record InspectionScheduleId(UUID value) {

    public InspectionScheduleId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static InspectionScheduleId newId() {
        return new InspectionScheduleId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static InspectionScheduleId of(String text) {
        return new InspectionScheduleId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
