package io.watchfloor.access;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies an access request (调阅申请). */
public record AccessRequestId(UUID value) {

    public AccessRequestId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static AccessRequestId newId() {
        return new AccessRequestId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static AccessRequestId of(String text) {
        return new AccessRequestId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
