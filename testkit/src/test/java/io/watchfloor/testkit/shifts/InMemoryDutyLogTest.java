package io.watchfloor.testkit.shifts;

import io.watchfloor.shifts.port.out.DutyLog;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryDutyLogTest extends DutyLogContract {

    @Override
    protected DutyLog newDutyLog() {
        return new InMemoryDutyLog(new InMemoryTransactions());
    }
}
