package io.watchfloor.recordings;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a registered backup copy of footage (RET-05). */
public record BackupId(UUID value) {

    public BackupId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static BackupId newId() {
        return new BackupId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static BackupId of(String text) {
        return new BackupId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
