package io.watchfloor.access.port.out;

import io.watchfloor.access.AccessRequest;
import io.watchfloor.access.AccessRequestId;
import io.watchfloor.shared.NotFound;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The access requests. {@link #save} inserts a new request (version 0) as version 1 and updates a
 * stored one only when its version is still the stored one, raising
 * {@link io.watchfloor.shared.ConcurrentModification} otherwise.
 */
public interface AccessRequests {

    /** Stores {@code request} and returns it with its new version. */
    AccessRequest save(AccessRequest request);

    /** The request with this id, if stored. */
    Optional<AccessRequest> find(AccessRequestId id);

    /** The request with this id; throws {@link NotFound} when there is none. */
    default AccessRequest get(AccessRequestId id) {
        return find(id).orElseThrow(() -> new NotFound("access request", id));
    }

    /** The requests filed in {@code [from, to)}, oldest first (then by id). */
    List<AccessRequest> filedBetween(Instant from, Instant to);
}
