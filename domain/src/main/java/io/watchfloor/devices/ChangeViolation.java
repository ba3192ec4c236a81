package io.watchfloor.devices;

import io.watchfloor.people.PersonId;
import java.time.Instant;
import java.util.Objects;

/**
 * A change to a device seen without an approved request (DEVICE-04), kept as a violation.
 * Append-only.
 *
 * @param observedBy who saw it, or {@code null} when the health monitor did
 */
public record ChangeViolation(ChangeViolationId id, DeviceId device, String assetNumber, ChangeKind kind, String description,
                              PersonId observedBy, Instant observedAt) {

    public ChangeViolation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(observedAt, "observedAt");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a violation describes what was seen");
        }
    }

    /** The sentence for the duty log. */
    public String sentence() {
        return "DEVICE-04: " + kind.gerund() + " device " + assetNumber + " was seen without an approved change request: " + description;
    }
}
