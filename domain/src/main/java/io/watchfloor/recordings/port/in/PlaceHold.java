package io.watchfloor.recordings.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.recordings.Hold;
import io.watchfloor.recordings.HoldKind;
import io.watchfloor.recordings.HoldReason;
import io.watchfloor.recordings.LockMode;
import io.watchfloor.recordings.SegmentId;
import io.watchfloor.shared.Bounds;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shared.Sane;
import io.watchfloor.shared.TimeRange;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Places a hold on cameras over a time range (RET-04): a legal hold, or an evidence lock in governance
 * or compliance mode with an expiry (RET-09). Needs a shift leader, the centre head or a security officer.
 */
public interface PlaceHold {

    /**
     * Places the hold and returns it as stored, with the covered footage it came too late for: a hold
     * committed before a segment's destruction is claimed always saves it, but one committed after
     * cannot stop that deletion, so the placement says honestly what is lost.
     */
    Placement place(Command command);

    /**
     * A placed hold and the covered segments it could not save.
     *
     * @param alreadyClaimed covered segments whose deletion was claimed before the hold was committed:
     *                       their media is being deleted (unless the store fails, when the next run checks again)
     * @param alreadyDestroyed covered segments already destroyed
     */
    record Placement(Hold hold, List<SegmentId> alreadyClaimed, List<SegmentId> alreadyDestroyed) {
        public Placement {
            Objects.requireNonNull(hold, "hold");
            alreadyClaimed = List.copyOf(alreadyClaimed);
            alreadyDestroyed = List.copyOf(alreadyDestroyed);
        }

        /** Whether the hold came in time for all the footage it covers. */
        public boolean lostNothing() {
            return alreadyClaimed.isEmpty() && alreadyDestroyed.isEmpty();
        }
    }

    /**
     * @param mode the lock mode of an evidence lock; none for a legal hold
     * @param caseId the case it serves, or {@code null} when it names an incident
     * @param incident the incident it serves, or {@code null} when it names a case
     * @param expiresAt the expiry of an evidence lock, after now; none for a legal hold
     */
    record Command(@NotNull PersonId actor, @NotNull HoldKind kind, LockMode mode, @NotEmpty @Size(max = Bounds.ITEMS) Set<@NotNull CameraId> cameras,
                   @NotNull @Sane Instant start, @NotNull @Sane Instant end, @NotNull HoldReason reason, CaseId caseId,
                   IncidentId incident, @Size(max = 2000) String note, @Sane Instant expiresAt) {

        /** A legal hold for an open case: no lock mode, no expiry (RET-04). */
        public static Command legalHold(PersonId actor, CaseId caseId, Set<CameraId> cameras, TimeRange range, HoldReason reason,
                                        String note) {
            return new Command(actor, HoldKind.LEGAL_HOLD, null, cameras, range.start(), range.end(), reason, caseId, null, note, null);
        }

        /** A legal hold for an incident under investigation: no lock mode, no expiry (RET-04). */
        public static Command legalHold(PersonId actor, IncidentId incident, Set<CameraId> cameras, TimeRange range, HoldReason reason,
                                        String note) {
            return new Command(actor, HoldKind.LEGAL_HOLD, null, cameras, range.start(), range.end(), reason, null, incident, note, null);
        }

        /** An evidence lock for an incident, in {@code mode}, until {@code expiresAt} (RET-04, RET-09). */
        public static Command evidenceLock(PersonId actor, IncidentId incident, LockMode mode, Set<CameraId> cameras, TimeRange range,
                                           HoldReason reason, String note, Instant expiresAt) {
            return new Command(actor, HoldKind.EVIDENCE_LOCK, mode, cameras, range.start(), range.end(), reason, null, incident, note,
                    expiresAt);
        }

        /** An evidence lock for a case, in {@code mode}, until {@code expiresAt} (RET-04, RET-09). */
        public static Command evidenceLock(PersonId actor, CaseId caseId, LockMode mode, Set<CameraId> cameras, TimeRange range,
                                           HoldReason reason, String note, Instant expiresAt) {
            return new Command(actor, HoldKind.EVIDENCE_LOCK, mode, cameras, range.start(), range.end(), reason, caseId, null, note,
                    expiresAt);
        }

        /** Checked as the property {@code end}. */
        @AssertTrue(message = "must be after start")
        public boolean isEnd() {
            return start == null || end == null || end.isAfter(start);
        }

        /** Checked as the property {@code caseId}: a hold refers to a case or an incident (RET-04). */
        @AssertTrue(message = "a hold must name a case or an incident")
        public boolean isCaseId() {
            return caseId != null || incident != null;
        }

        /** Checked as the property {@code mode}. */
        @AssertTrue(message = "an evidence lock needs a lock mode; a legal hold has none")
        public boolean isMode() {
            return kind == null || (kind == HoldKind.EVIDENCE_LOCK) == (mode != null);
        }

        /** Checked as the property {@code expiresAt}. */
        @AssertTrue(message = "an evidence lock needs an expiry; a legal hold has none")
        public boolean isExpiresAt() {
            return kind == null || (kind == HoldKind.EVIDENCE_LOCK) == (expiresAt != null);
        }
    }
}
