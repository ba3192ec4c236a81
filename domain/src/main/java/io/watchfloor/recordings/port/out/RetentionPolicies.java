package io.watchfloor.recordings.port.out;

import io.watchfloor.recordings.AdoptedPolicy;
import io.watchfloor.recordings.RetentionPolicy;
import java.time.Instant;
import java.util.List;

/** The retention policy in force and the ones before it, each with when it was adopted (RET-08). */
public interface RetentionPolicies {

    /** The policy in force: the one adopted last. */
    RetentionPolicy current();

    /** Puts {@code policy} in force from {@code adoptedAt}; the earlier ones stay in the history. */
    void adopt(RetentionPolicy policy, Instant adoptedAt);

    /** Every policy adopted, in the order adopted, the one in force last. */
    List<AdoptedPolicy> history();
}
