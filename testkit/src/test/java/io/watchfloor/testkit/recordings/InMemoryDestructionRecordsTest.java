package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.port.out.DestructionRecords;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryDestructionRecordsTest extends DestructionRecordsContract {

    @Override
    protected DestructionRecords newRecords() {
        return new InMemoryDestructionRecords(new InMemoryTransactions());
    }
}
