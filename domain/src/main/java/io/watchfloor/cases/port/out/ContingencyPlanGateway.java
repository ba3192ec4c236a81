package io.watchfloor.cases.port.out;

import io.watchfloor.cases.IncidentType;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.IncidentId;
import java.time.Instant;
import java.util.Optional;

/**
 * Activates the contingency plan of an incident's type (CASE-14, PLAN-01); served by the plans
 * context, wired by the composition root. {@link #NONE} is a centre without plans.
 */
public interface ContingencyPlanGateway {

    /** A centre without contingency plans: nothing is ever activated. */
    ContingencyPlanGateway NONE = (type, incident, by, at) -> Optional.empty();

    /** Activates the plan for {@code type}; the activation's reference, or empty when no plan exists for the type. */
    Optional<String> activate(IncidentType type, IncidentId incident, PersonId by, Instant at);
}
