package io.watchfloor.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies an incident seen while monitoring, across contexts. */
public record IncidentId(UUID value) {

    public IncidentId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static IncidentId newId() {
        return new IncidentId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static IncidentId of(String text) {
        return new IncidentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
