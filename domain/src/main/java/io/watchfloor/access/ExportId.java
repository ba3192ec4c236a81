package io.watchfloor.access;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies an export of footage and its manifest. */
public record ExportId(UUID value) {

    public ExportId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static ExportId newId() {
        return new ExportId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static ExportId of(String text) {
        return new ExportId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
