package io.watchfloor.access.port.out;

import io.watchfloor.access.Visit;
import io.watchfloor.access.VisitId;
import io.watchfloor.shared.NotFound;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The control-room visit register (ACCESS-07). Versioned like {@link AccessRequests}. */
public interface Visits {

    /** Stores {@code visit} and returns it with its new version. */
    Visit save(Visit visit);

    /** The visit with this id, if stored. */
    Optional<Visit> find(VisitId id);

    /** The visit with this id; throws {@link NotFound} when there is none. */
    default Visit get(VisitId id) {
        return find(id).orElseThrow(() -> new NotFound("visit", id));
    }

    /** The visits that began in {@code [from, to)}, earliest entry first (then by id). */
    List<Visit> enteredBetween(Instant from, Instant to);
}
