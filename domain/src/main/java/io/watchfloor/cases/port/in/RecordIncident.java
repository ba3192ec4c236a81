package io.watchfloor.cases.port.in;

import io.watchfloor.cases.Incident;
import io.watchfloor.cases.IncidentType;
import io.watchfloor.cases.Severity;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.Bounds;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shared.Sane;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * CASE-14: an operator records an incident seen while monitoring; a major one is reported to
 * leadership at once, activates its contingency plan and notifies the parties named.
 */
public interface RecordIncident {

    /** Records the incident; a major one is reported and activates its plan at once. */
    Incident record(Command command);

    /** Records how the incident was handled. */
    Incident recordResult(Result command);

    /**
     * @param camera the camera it was seen on, or {@code null}
     * @param partiesToNotify outside parties to notify (the relevant department, police), may be empty
     */
    record Command(@NotNull PersonId operator, @NotNull @Sane Instant seenAt, CameraId camera, @NotBlank @Size(max = 200) String area,
                   @NotNull IncidentType type, @NotNull Severity severity, @NotBlank @Size(max = 2000) String description,
                   @NotNull @Size(max = Bounds.ITEMS) List<@NotBlank @Size(max = Bounds.NAME) String> partiesToNotify) {
    }

    /** The handling result of an incident, recorded once. */
    record Result(@NotNull IncidentId incident, @NotNull PersonId actor, @NotBlank @Size(max = 2000) String result) {
    }
}
