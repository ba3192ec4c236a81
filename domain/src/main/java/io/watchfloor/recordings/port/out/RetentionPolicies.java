package io.watchfloor.recordings.port.out;

import io.watchfloor.recordings.RetentionPolicy;
import java.util.List;

/** The retention policy in force and the ones before it. */
public interface RetentionPolicies {

    /** The policy in force. */
    RetentionPolicy current();

    /** Puts {@code policy} in force; the earlier ones stay in the history. */
    void adopt(RetentionPolicy policy);

    /** Every policy adopted, oldest first, the one in force last. */
    List<RetentionPolicy> history();
}
