package io.watchfloor.access.port.out;

import io.watchfloor.access.Grant;
import io.watchfloor.access.GrantId;
import io.watchfloor.shared.NotFound;
import java.util.List;
import java.util.Optional;

/** The grants approved requests gave. Versioned like {@link AccessRequests}. */
public interface Grants {

    /** Stores {@code grant} and returns it with its new version. */
    Grant save(Grant grant);

    /** The grant with this id, if stored. */
    Optional<Grant> find(GrantId id);

    /** The grant with this id; throws {@link NotFound} when there is none. */
    default Grant get(GrantId id) {
        return find(id).orElseThrow(() -> new NotFound("grant", id));
    }

    /** Every grant, oldest validity start first (then by id). */
    List<Grant> all();
}
