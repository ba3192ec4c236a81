package io.watchfloor.recordings.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.recordings.Hold;
import io.watchfloor.recordings.HoldKind;
import io.watchfloor.recordings.HoldReason;
import io.watchfloor.recordings.LockMode;
import io.watchfloor.shared.Bounds;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shared.Sane;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/**
 * Places a hold on cameras over a time range (RET-04): a legal hold, or an evidence lock in governance
 * or compliance mode with an expiry (RET-09). Needs a shift leader, the centre head or a security officer.
 */
public interface PlaceHold {

    /** Places the hold and returns it as stored. */
    Hold place(Command command);

    /**
     * @param mode the lock mode of an evidence lock; none for a legal hold
     * @param caseId the case it serves, or {@code null} when it names an incident
     * @param incident the incident it serves, or {@code null} when it names a case
     * @param expiresAt the expiry of an evidence lock, after now; none for a legal hold
     */
    record Command(@NotNull PersonId actor, @NotNull HoldKind kind, LockMode mode, @NotEmpty @Size(max = Bounds.ITEMS) Set<@NotNull CameraId> cameras,
                   @NotNull @Sane Instant start, @NotNull @Sane Instant end, @NotNull HoldReason reason, CaseId caseId,
                   IncidentId incident, @Size(max = 2000) String note, @Sane Instant expiresAt) {

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
