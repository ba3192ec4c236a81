package io.watchfloor.plans.port.in;

import io.watchfloor.cases.IncidentType;
import io.watchfloor.people.PersonId;
import io.watchfloor.plans.ContingencyPlan;
import io.watchfloor.shared.Bounds;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** PLAN-01: the centre head defines the plan of an incident type as ordered steps; its first drill is scheduled (PLAN-02). */
public interface DefinePlan {

    /** Defines the plan (one per type) and schedules its first drill. */
    ContingencyPlan define(Command command);

    /** A plan for an incident type: its title and ordered steps. */
    record Command(@NotNull PersonId centreHead, @NotNull IncidentType type, @NotBlank @Size(max = 200) String title,
                   @NotEmpty @Size(max = Bounds.ITEMS) List<@NotBlank @Size(max = 500) String> steps) {
    }
}
