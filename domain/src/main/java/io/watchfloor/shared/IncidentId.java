package io.watchfloor.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies an incident seen while monitoring, across contexts. */
public record IncidentId(UUID value) {

    /**
     * Refuses a missing value.
     *
     * @param value the UUID
     */
    public IncidentId {
        Objects.requireNonNull(value, "value");
    }

    /** {@return a new, time-ordered id} */
    public static IncidentId newId() {
        return new IncidentId(UuidV7.next());
    }

    /**
     * {@return the id written as {@code value.toString()}}
     *
     * @param text a UUID as text
     */
    public static IncidentId of(String text) {
        return new IncidentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
