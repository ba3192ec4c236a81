package io.watchfloor.testkit.shifts;

import static io.watchfloor.testkit.shifts.ShiftsContractFixtures.MONDAY_8AM;
import static io.watchfloor.testkit.shifts.ShiftsContractFixtures.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shifts.LeaveRequest;
import io.watchfloor.shifts.LeaveRequestId;
import io.watchfloor.shifts.port.out.LeaveRequests;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link LeaveRequests} adapter must do. Extend it and supply a fresh, empty store per test. */
public abstract class LeaveRequestsContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract LeaveRequests newLeaveRequests();

    @Test
    @DisplayName("requests are found by person ordered by start, and approved ones are listed")
    void storesAndLists() {
        LeaveRequests leave = newLeaveRequests();
        PersonId li = PersonId.newId();
        LeaveRequest later = leave.save(LeaveRequest.request(li, hours(MONDAY_8AM.plus(Duration.ofDays(3)), 24), "family", MONDAY_8AM));
        LeaveRequest sooner = leave.save(LeaveRequest.request(li, hours(MONDAY_8AM.plus(Duration.ofDays(2)), 24), "", MONDAY_8AM));
        leave.save(LeaveRequest.request(PersonId.newId(), hours(MONDAY_8AM, 8), "", MONDAY_8AM));
        LeaveRequest approved = leave.save(later.decide(true, PersonId.newId()));

        assertEquals(List.of(sooner, approved), leave.of(li));
        assertEquals(List.of(approved), leave.approved());
        assertEquals(approved, leave.get(later.id()));
        assertThrows(NotFound.class, () -> leave.get(LeaveRequestId.newId()));
    }

    @Test
    @DisplayName("deciding a stale copy is a concurrent modification")
    void staleDecision() {
        LeaveRequests leave = newLeaveRequests();
        LeaveRequest stored = leave.save(LeaveRequest.request(PersonId.newId(), hours(MONDAY_8AM, 8), "", MONDAY_8AM));
        leave.save(stored.decide(false, PersonId.newId()));

        assertThrows(ConcurrentModification.class, () -> leave.save(stored.decide(true, PersonId.newId())));
        assertEquals(List.of(), leave.approved());
    }
}
