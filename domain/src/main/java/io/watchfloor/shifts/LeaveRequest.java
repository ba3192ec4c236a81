package io.watchfloor.shifts;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A request for leave (SHIFT-05): requested in advance, then approved or refused by a shift leader or
 * the centre head. Approval needs the person off every duty in the period first (a substitute on the post).
 */
public record LeaveRequest(LeaveRequestId id, PersonId person, TimeRange period, String reason, Instant requestedAt, Status status,
                           PersonId decidedBy, Version version) {

    /** Where a request stands. */
    public enum Status {
        REQUESTED, APPROVED, REFUSED
    }

    public LeaveRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(version, "version");
        reason = reason == null ? "" : reason;
        if (status != Status.REQUESTED && decidedBy == null) {
            throw new IllegalArgumentException("a decided request names who decided");
        }
    }

    /** A new request. */
    public static LeaveRequest request(PersonId person, TimeRange period, String reason, Instant at) {
        return new LeaveRequest(LeaveRequestId.newId(), person, period, reason, at, Status.REQUESTED, null, Version.NEW);
    }

    /** Whether it was approved. */
    public boolean isApproved() {
        return status == Status.APPROVED;
    }

    /** The decision. */
    public LeaveRequest decide(boolean approve, PersonId by) {
        if (status != Status.REQUESTED) {
            throw new IllegalStateException("the request was already " + status.name().toLowerCase());
        }
        return new LeaveRequest(id, person, period, reason, requestedAt, approve ? Status.APPROVED : Status.REFUSED, by, version);
    }

    /** The same request as stored at {@code stored}; used by repository adapters only. */
    public LeaveRequest withVersion(Version stored) {
        return new LeaveRequest(id, person, period, reason, requestedAt, status, decidedBy, stored);
    }
}
