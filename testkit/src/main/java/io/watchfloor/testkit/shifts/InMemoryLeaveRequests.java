package io.watchfloor.testkit.shifts;

import io.watchfloor.people.PersonId;
import io.watchfloor.shifts.LeaveRequest;
import io.watchfloor.shifts.LeaveRequestId;
import io.watchfloor.shifts.port.out.LeaveRequests;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The leave requests in memory. */
public final class InMemoryLeaveRequests implements LeaveRequests {

    private static final Comparator<LeaveRequest> ORDER = Comparator.comparing((LeaveRequest r) -> r.period().start())
            .thenComparing(r -> r.id().value());
    private final InMemoryVersionedStore<LeaveRequestId, LeaveRequest> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryLeaveRequests(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("leave request", LeaveRequest::id, LeaveRequest::version, LeaveRequest::withVersion, transactions);
    }

    @Override
    public LeaveRequest save(LeaveRequest request) {
        return store.save(request);
    }

    @Override
    public Optional<LeaveRequest> find(LeaveRequestId id) {
        return store.find(id);
    }

    @Override
    public List<LeaveRequest> of(PersonId person) {
        return store.select(r -> r.person().equals(person), ORDER);
    }

    @Override
    public List<LeaveRequest> approved() {
        return store.select(LeaveRequest::isApproved, ORDER);
    }
}
