package io.watchfloor.plans.port.in;

import io.watchfloor.cases.IncidentType;
import io.watchfloor.people.PersonId;
import io.watchfloor.plans.Activation;
import io.watchfloor.plans.ActivationId;
import io.watchfloor.shared.IncidentId;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/** PLAN-01: activates the plan of an incident's type as a checklist, and ticks its steps in order. */
public interface ActivatePlan {

    /** The activation, or empty when no plan exists for the type. */
    Optional<Activation> activate(Command command);

    /** Ticks the next step with the time and the actor. */
    Activation tick(Tick command);

    /** Activates the plan of the incident's type for the incident. */
    record Command(@NotNull IncidentType type, @NotNull IncidentId incident, @NotNull PersonId by) {
    }

    /** Ticks step {@code step} (1-based) of an activation; steps are ticked in order. */
    record Tick(@NotNull ActivationId activation, @Min(1) int step, @NotNull PersonId by) {
    }
}
