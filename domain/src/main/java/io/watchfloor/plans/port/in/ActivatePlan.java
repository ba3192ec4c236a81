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

    Activation tick(Tick command);

    record Command(@NotNull IncidentType type, @NotNull IncidentId incident, @NotNull PersonId by) {
    }

    record Tick(@NotNull ActivationId activation, @Min(1) int step, @NotNull PersonId by) {
    }
}
