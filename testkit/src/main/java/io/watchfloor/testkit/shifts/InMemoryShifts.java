package io.watchfloor.testkit.shifts;

import io.watchfloor.shifts.ShiftsStores;
import io.watchfloor.testkit.shared.InMemoryTransactions;

/** Every store of the shifts context in memory, sharing one {@link InMemoryTransactions}. */
public record InMemoryShifts(InMemoryRotas rotas, InMemoryAttendances attendances, InMemoryHandovers handovers,
                             InMemoryLeaveRequests leave, InMemoryWatchTours tours, InMemoryDutyLog log,
                             InMemoryCleaningRecords cleaning) {

    /**
     * Fresh, empty stores undone by {@code transactions}.
     *
     * @param transactions the units of work they take part in
     * @return the stores
     */
    public static InMemoryShifts create(InMemoryTransactions transactions) {
        return new InMemoryShifts(new InMemoryRotas(transactions), new InMemoryAttendances(transactions), new InMemoryHandovers(transactions),
                new InMemoryLeaveRequests(transactions), new InMemoryWatchTours(transactions), new InMemoryDutyLog(transactions),
                new InMemoryCleaningRecords(transactions));
    }

    /** {@return the stores, for {@code ShiftsModule.create}} */
    public ShiftsStores stores() {
        return new ShiftsStores(rotas, attendances, handovers, leave, tours, log, cleaning);
    }
}
