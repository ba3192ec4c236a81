package io.watchfloor.access;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import java.time.Instant;

/** What happens around access to footage and the control room. */
public sealed interface AccessEvent extends io.watchfloor.shared.DomainEvent {

    /** A request for footage was filed. */
    record AccessRequested(AccessRequestId request, RequesterClass requesterClass, Gravity gravity, Instant occurredAt) implements AccessEvent {
    }

    /** A request was approved and gave a grant. */
    record AccessApproved(AccessRequestId request, GrantId grant, PersonId approvedBy, RequesterClass requesterClass, Instant occurredAt)
            implements AccessEvent {
    }

    /** A request was refused. */
    record AccessRefused(AccessRequestId request, PersonId refusedBy, RequesterClass requesterClass, String reason, Instant occurredAt)
            implements AccessEvent {
    }

    /** Footage was viewed, played back, exported or copied under a grant; {@code logSequence} is its access-log entry. */
    record FootageAccessed(GrantId grant, PersonId actor, AccessAction action, long logSequence, Instant occurredAt) implements AccessEvent {
    }

    /** An attempt to use footage or live view was refused and logged. */
    record AccessAttemptRefused(PersonId actor, String ruleId, long logSequence, Instant occurredAt) implements AccessEvent {
    }

    /** Footage was exported with a manifest. */
    record FootageExported(ExportId export, GrantId grant, int files, boolean masked, Instant occurredAt) implements AccessEvent {
    }

    /** A copy of an export was handed outside the centre. */
    record CopyHandedOver(ExportId export, String recipientUnit, Instant occurredAt) implements AccessEvent {
    }

    /** Live footage was viewed by staff on duty. */
    record LiveViewed(PersonId viewer, CameraId camera, Instant occurredAt) implements AccessEvent {
    }

    /** A visitor entered the control room. */
    record VisitorAdmitted(VisitId visit, PersonId host, Instant occurredAt) implements AccessEvent {
    }

    /** The access log's head was signed: the first {@code size} entries are anchored. */
    record CheckpointSigned(long size, Instant occurredAt) implements AccessEvent {
    }

    /** A visitor left the control room. */
    record VisitorLeft(VisitId visit, Instant occurredAt) implements AccessEvent {
    }
}
