package io.watchfloor.devices;

import io.watchfloor.people.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a device's change history (DEVICE-01): when, by whom, which fields changed from what
 * to what, and why. History is only ever appended to.
 *
 * @param actor who made the change, or {@code null} when the centre's systems did (the health monitor)
 * @param reason why, such as "registered", "change request 0193..." or "fault reported"
 */
public record DeviceChange(Instant at, PersonId actor, List<FieldChange> fields, String reason) {

    /** One field's value before and after, as text ("" for none). */
    public record FieldChange(String field, String before, String after) {
        public FieldChange {
            Objects.requireNonNull(field, "field");
            before = before == null ? "" : before;
            after = after == null ? "" : after;
        }
    }

    public DeviceChange {
        Objects.requireNonNull(at, "at");
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a change changes at least one field");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a change needs a reason");
        }
    }

    /** Who made it, when a person did. */
    public Optional<PersonId> byPerson() {
        return Optional.ofNullable(actor);
    }

    /** Whether {@code field} is among the fields changed. */
    public boolean touches(String field) {
        return fields.stream().anyMatch(f -> f.field().equals(field));
    }
}
