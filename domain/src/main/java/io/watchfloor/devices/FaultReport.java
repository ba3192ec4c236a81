package io.watchfloor.devices;

import io.watchfloor.people.PersonId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A fault report (DEVICE-03): the device, its symptoms in words and categories, who reported it and
 * when. Append-only; its repair is followed by a {@link RepairOrder}.
 *
 * @param reportedBy the person who reported it, or {@code null} when the health monitor did
 */
public record FaultReport(FaultReportId id, DeviceId device, Set<Symptom> symptoms, String description, FaultSource source,
                          PersonId reportedBy, Instant reportedAt) {

    public FaultReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reportedAt, "reportedAt");
        if (symptoms == null || symptoms.isEmpty()) {
            throw new IllegalArgumentException("a fault report names at least one symptom");
        }
        symptoms = Set.copyOf(EnumSet.copyOf(symptoms));
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a fault report describes the fault");
        }
        if ((reportedBy == null) != (source == FaultSource.HEALTH_MONITOR)) {
            throw new IllegalArgumentException("a fault is reported by a person, or by the health monitor without one");
        }
    }
}
