package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.RetentionPolicy;
import io.watchfloor.recordings.port.out.RetentionPolicies;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.time.Instant;

class InMemoryRetentionPoliciesTest extends RetentionPoliciesContract {

    @Override
    protected RetentionPolicies newPolicies(RetentionPolicy initial, Instant adoptedAt) {
        return new InMemoryRetentionPolicies(new InMemoryTransactions(), initial, adoptedAt);
    }
}
