package io.watchfloor.testkit.cases;

import io.watchfloor.cases.port.out.ErrorRecords;
import io.watchfloor.testkit.shared.InMemoryTransactions;

@org.junit.jupiter.api.Tag("CASE-03")
class InMemoryErrorRecordsTest extends ErrorRecordsContract {

    @Override
    protected ErrorRecords newErrorRecords() {
        return new InMemoryErrorRecords(new InMemoryTransactions());
    }
}
