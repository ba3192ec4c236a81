package io.watchfloor.shifts.port.out;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shifts.LeaveRequest;
import io.watchfloor.shifts.LeaveRequestId;
import java.util.List;
import java.util.Optional;

/** The leave requests, versioned like {@link Rotas}. */
public interface LeaveRequests {

    /** Stores {@code request} and returns it with its new version. */
    LeaveRequest save(LeaveRequest request);

    /** The request with this id, if stored. */
    Optional<LeaveRequest> find(LeaveRequestId id);

    /** The request with this id; throws {@link NotFound} when there is none. */
    default LeaveRequest get(LeaveRequestId id) {
        return find(id).orElseThrow(() -> new NotFound("leave request", id));
    }

    /** Every request of {@code person}, ordered by the start of the period. */
    List<LeaveRequest> of(PersonId person);

    /** Every approved request, ordered by the start of the period. */
    List<LeaveRequest> approved();
}
