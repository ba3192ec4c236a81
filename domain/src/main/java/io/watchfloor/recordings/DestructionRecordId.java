package io.watchfloor.recordings;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a destruction record (RET-06). */
public record DestructionRecordId(UUID value) {

    public DestructionRecordId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static DestructionRecordId newId() {
        return new DestructionRecordId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static DestructionRecordId of(String text) {
        return new DestructionRecordId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
