package io.watchfloor.testkit.access;

import io.watchfloor.access.port.out.SignedCheckpoints;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemorySignedCheckpointsTest extends SignedCheckpointsContract {
    @Override
    protected SignedCheckpoints newSignedCheckpoints() {
        return new InMemorySignedCheckpoints(new InMemoryTransactions());
    }
}
