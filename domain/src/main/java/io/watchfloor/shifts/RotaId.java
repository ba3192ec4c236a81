package io.watchfloor.shifts;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a rota (duty roster). */
public record RotaId(UUID value) {

    public RotaId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static RotaId newId() {
        return new RotaId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static RotaId of(String text) {
        return new RotaId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
