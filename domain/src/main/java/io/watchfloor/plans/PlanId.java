package io.watchfloor.plans;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a contingency plan. */
public record PlanId(UUID value) {

    public PlanId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static PlanId newId() {
        return new PlanId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static PlanId of(String text) {
        return new PlanId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
