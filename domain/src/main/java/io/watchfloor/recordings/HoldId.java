package io.watchfloor.recordings;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a hold on footage: a legal hold or an evidence lock (RET-04, RET-09). */
public record HoldId(UUID value) {

    public HoldId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static HoldId newId() {
        return new HoldId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static HoldId of(String text) {
        return new HoldId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
