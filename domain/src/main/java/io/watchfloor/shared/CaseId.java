package io.watchfloor.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a case across contexts (holds and access requests refer to cases by it). */
public record CaseId(UUID value) {

    /**
     * Refuses a missing value.
     *
     * @param value the UUID
     */
    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    /** {@return a new, time-ordered id} */
    public static CaseId newId() {
        return new CaseId(UuidV7.next());
    }

    /**
     * {@return the id written as {@code value.toString()}}
     *
     * @param text a UUID as text
     */
    public static CaseId of(String text) {
        return new CaseId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
