package io.watchfloor.testkit.access;

import io.watchfloor.access.port.out.AccessRequests;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryAccessRequestsTest extends AccessRequestsContract {
    @Override
    protected AccessRequests newAccessRequests() {
        return new InMemoryAccessRequests(new InMemoryTransactions());
    }
}
