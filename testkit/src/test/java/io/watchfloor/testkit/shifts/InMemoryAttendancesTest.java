package io.watchfloor.testkit.shifts;

import io.watchfloor.shifts.port.out.Attendances;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryAttendancesTest extends AttendancesContract {

    @Override
    protected Attendances newAttendances() {
        return new InMemoryAttendances(new InMemoryTransactions());
    }
}
