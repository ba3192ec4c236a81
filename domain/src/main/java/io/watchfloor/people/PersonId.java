package io.watchfloor.people;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a person on the centre's staff or in a department. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static PersonId newId() {
        return new PersonId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static PersonId of(String text) {
        return new PersonId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
