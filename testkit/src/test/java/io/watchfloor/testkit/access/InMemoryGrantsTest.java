package io.watchfloor.testkit.access;

import io.watchfloor.access.port.out.Grants;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryGrantsTest extends GrantsContract {
    @Override
    protected Grants newGrants() {
        return new InMemoryGrants(new InMemoryTransactions());
    }
}
