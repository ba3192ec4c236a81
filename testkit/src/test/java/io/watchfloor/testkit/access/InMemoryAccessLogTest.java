package io.watchfloor.testkit.access;

import io.watchfloor.access.port.out.AccessLog;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryAccessLogTest extends AccessLogContract {
    @Override
    protected AccessLog newAccessLog() {
        return new InMemoryAccessLog(new InMemoryTransactions());
    }
}
