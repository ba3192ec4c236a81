package io.watchfloor.shifts;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a leave request. */
public record LeaveRequestId(UUID value) {

    public LeaveRequestId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static LeaveRequestId newId() {
        return new LeaveRequestId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static LeaveRequestId of(String text) {
        return new LeaveRequestId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
