package io.watchfloor.people;

import io.watchfloor.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** Identifies a department: the centre itself or a responsible department that receives cases. */
public record DepartmentId(UUID value) {

    public DepartmentId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, time-ordered id. */
    public static DepartmentId newId() {
        return new DepartmentId(UuidV7.next());
    }

    /** The id written as {@code value.toString()}. */
    public static DepartmentId of(String text) {
        return new DepartmentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
