package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.port.out.Holds;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryHoldsTest extends HoldsContract {

    @Override
    protected Holds newHolds() {
        return new InMemoryHolds(new InMemoryTransactions());
    }
}
