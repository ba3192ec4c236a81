package io.watchfloor.testkit.access;

import io.watchfloor.access.port.out.Exports;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryExportsTest extends ExportsContract {
    @Override
    protected Exports newExports() {
        return new InMemoryExports(new InMemoryTransactions());
    }
}
