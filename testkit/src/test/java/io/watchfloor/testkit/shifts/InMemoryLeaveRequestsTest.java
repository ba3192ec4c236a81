package io.watchfloor.testkit.shifts;

import io.watchfloor.shifts.port.out.LeaveRequests;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryLeaveRequestsTest extends LeaveRequestsContract {

    @Override
    protected LeaveRequests newLeaveRequests() {
        return new InMemoryLeaveRequests(new InMemoryTransactions());
    }
}
