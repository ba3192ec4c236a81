package io.watchfloor.plans.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.plans.ContingencyPlan;
import io.watchfloor.plans.PlanId;
import io.watchfloor.shared.Sane;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** PLAN-02: drills are scheduled and recorded; overdue ones are flagged. */
public interface RunDrills {

    /** Schedules a drill; refused while one is scheduled and not held. */
    ContingencyPlan schedule(Schedule command);

    /** Records a drill held now; the next is scheduled one drill interval later. */
    ContingencyPlan record(Held command);

    /** The plans whose scheduled drill is overdue at {@code now}; each newly overdue drill is flagged once. */
    List<ContingencyPlan> flagOverdue(Instant now);

    /** Schedules a drill of a plan at a future instant. */
    record Schedule(@NotNull PlanId plan, @NotNull PersonId by, @NotNull @Sane Instant at) {
    }

    /** A drill held now, with what was observed. */
    record Held(@NotNull PlanId plan, @NotNull PersonId by, @NotBlank @Size(max = 2000) String notes) {
    }
}
