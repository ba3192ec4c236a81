package io.watchfloor.cases.port.out;

import io.watchfloor.cases.Incident;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shared.NotFound;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The incidents seen while monitoring (CASE-14), versioned like {@link Cases}. */
public interface Incidents {

    /** Stores {@code incident} and returns it with its new version. */
    Incident save(Incident incident);

    /** The incident with this id, if stored. */
    Optional<Incident> find(IncidentId id);

    /** The incident with this id; throws {@link NotFound} when there is none. */
    default Incident get(IncidentId id) {
        return find(id).orElseThrow(() -> new NotFound("incident", id));
    }

    /** The incidents seen in {@code [from, to)}, in the order seen. */
    List<Incident> seenBetween(Instant from, Instant to);
}
