package io.watchfloor.shifts;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies one person's attendance on one duty. */
public record AttendanceId(UUID value) {

    public AttendanceId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static AttendanceId newId() {
        return new AttendanceId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static AttendanceId of(String text) {
        return new AttendanceId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
