package io.watchfloor.testkit.shifts;

import io.watchfloor.shifts.port.out.CleaningRecords;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryCleaningRecordsTest extends CleaningRecordsContract {

    @Override
    protected CleaningRecords newCleaningRecords() {
        return new InMemoryCleaningRecords(new InMemoryTransactions());
    }
}
