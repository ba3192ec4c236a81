package io.watchfloor.testkit.shifts;

import io.watchfloor.shifts.port.out.WatchTours;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryWatchToursTest extends WatchToursContract {

    @Override
    protected WatchTours newWatchTours() {
        return new InMemoryWatchTours(new InMemoryTransactions());
    }
}
