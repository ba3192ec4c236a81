package io.watchfloor.cases;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An abnormal event seen while monitoring (异常情况, CASE-14): when it was seen, on which camera or in
 * which area, what it was, and how it was handled. A {@link Severity#MAJOR} one is reported to
 * leadership at once and activates the contingency plan of its type (PLAN-01).
 *
 * @param camera the camera it was seen on, or {@code null} when seen otherwise (a patrol, a call)
 * @param planActivation the reference of the contingency-plan activation, empty when none was activated
 * @param result the handling result, {@code null} until recorded
 */
public record Incident(IncidentId id, Instant seenAt, CameraId camera, String area, IncidentType type, Severity severity,
                       String description, PersonId recordedBy, List<String> partiesNotified, String planActivation,
                       String result, PersonId handledBy, Instant handledAt, Version version) {

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(seenAt, "seenAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(planActivation, "planActivation");
        Objects.requireNonNull(version, "version");
        if (area == null || area.isBlank()) {
            throw new IllegalArgumentException("an incident needs its area");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("an incident needs a description");
        }
        partiesNotified = List.copyOf(partiesNotified);
    }

    /** An incident just recorded, not yet stored. */
    public static Incident seen(Instant seenAt, CameraId camera, String area, IncidentType type, Severity severity, String description,
                                PersonId recordedBy, List<String> partiesNotified, String planActivation) {
        return new Incident(IncidentId.newId(), seenAt, camera, area, type, severity, description, recordedBy, partiesNotified,
                planActivation, null, null, null, Version.NEW);
    }

    /** Whether it is major, so leadership is told at once. */
    public boolean isMajor() {
        return severity == Severity.MAJOR;
    }

    /** The camera, when it was seen on one. */
    public Optional<CameraId> cameraId() {
        return Optional.ofNullable(camera);
    }

    /** Whether its handling result is recorded. */
    public boolean isHandled() {
        return result != null;
    }

    /** Records the handling result; recorded once, corrections are new incidents' notes (CASE-13 spirit). */
    public Incident handled(String handlingResult, PersonId by, Instant at) {
        if (isHandled()) {
            throw new io.watchfloor.shared.RuleViolation("CASE-14", "the handling result of incident " + id + " was already recorded");
        }
        if (at.isBefore(seenAt)) {
            throw new IllegalArgumentException("an incident cannot be handled at " + at + ", before it was seen at " + seenAt);
        }
        return new Incident(id, seenAt, camera, area, type, severity, description, recordedBy, partiesNotified, planActivation,
                handlingResult, by, at, version);
    }

    /** The same incident as stored at {@code stored}; used by repository adapters only. */
    public Incident withVersion(Version stored) {
        return new Incident(id, seenAt, camera, area, type, severity, description, recordedBy, partiesNotified, planActivation,
                result, handledBy, handledAt, stored);
    }
}
