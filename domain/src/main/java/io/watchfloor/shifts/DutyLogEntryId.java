package io.watchfloor.shifts;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies an entry of the duty log (值班日志). */
public record DutyLogEntryId(UUID value) {

    public DutyLogEntryId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static DutyLogEntryId newId() {
        return new DutyLogEntryId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static DutyLogEntryId of(String text) {
        return new DutyLogEntryId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
