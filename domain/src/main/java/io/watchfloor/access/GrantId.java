package io.watchfloor.access;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a grant: the scoped, expiring permission an approved request gives. */
public record GrantId(UUID value) {

    public GrantId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static GrantId newId() {
        return new GrantId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static GrantId of(String text) {
        return new GrantId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
