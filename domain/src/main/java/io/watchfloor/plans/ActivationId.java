package io.watchfloor.plans;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies an activation of a contingency plan. */
public record ActivationId(UUID value) {

    public ActivationId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static ActivationId newId() {
        return new ActivationId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static ActivationId of(String text) {
        return new ActivationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
