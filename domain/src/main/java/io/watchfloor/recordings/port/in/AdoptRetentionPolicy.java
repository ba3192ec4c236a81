package io.watchfloor.recordings.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.recordings.RetentionPolicy;
import jakarta.validation.constraints.NotNull;

/**
 * Puts a retention policy in force (needs the centre head). It applies to footage registered from
 * now on; footage already recorded keeps its keep-until (RET-08), and a tightened maximum applies at
 * the next sweep (RET-09).
 */
public interface AdoptRetentionPolicy {

    /** Adopts the policy and returns it. */
    RetentionPolicy adopt(Command command);

    /** The centre head adopting {@code policy}, which validated itself when it was built (RET-09). */
    record Command(@NotNull PersonId actor, @NotNull RetentionPolicy policy) {
    }
}
