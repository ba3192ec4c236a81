package io.watchfloor.recordings.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.recordings.DestructionCause;
import io.watchfloor.recordings.DestructionRecord;
import io.watchfloor.recordings.SegmentId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A manual deletion or an erasure request for one segment, by the centre head or a security officer.
 * Refused while its retention runs (RET-03), while a hold covers it (RET-04) or while an open case or
 * investigation refers to it (RET-06); otherwise recorded, claimed, then deleted, like every destruction.
 * A second destruction of a segment whose destruction is under way is refused (RET-06).
 */
public interface DestroySegment {

    /**
     * Destroys the segment and returns its destruction record: done, or still pending when the
     * recording store could not delete the media now (the next sweep retries it).
     */
    DestructionRecord destroy(Command command);

    /** @param cause {@code MANUAL} or {@code ERASURE_REQUEST} */
    record Command(@NotNull PersonId actor, @NotNull SegmentId segment, @NotNull DestructionCause cause,
                   @NotBlank @Size(max = 2000) String reason) {

        /** Checked as the property {@code cause}. */
        @AssertTrue(message = "must be MANUAL or ERASURE_REQUEST")
        public boolean isCause() {
            return cause == null || cause == DestructionCause.MANUAL || cause == DestructionCause.ERASURE_REQUEST;
        }
    }
}
