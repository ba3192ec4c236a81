package io.watchfloor.testkit.devices;

import io.watchfloor.devices.port.out.ChangeRequests;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryChangeRequestsTest extends ChangeRequestsContract {
    @Override
    protected ChangeRequests newChangeRequests() {
        return new InMemoryChangeRequests(new InMemoryTransactions());
    }
}
