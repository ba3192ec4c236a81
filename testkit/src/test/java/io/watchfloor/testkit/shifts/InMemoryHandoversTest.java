package io.watchfloor.testkit.shifts;

import io.watchfloor.shifts.port.out.Handovers;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryHandoversTest extends HandoversContract {

    @Override
    protected Handovers newHandovers() {
        return new InMemoryHandovers(new InMemoryTransactions());
    }
}
