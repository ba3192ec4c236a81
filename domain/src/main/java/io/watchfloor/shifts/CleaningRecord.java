package io.watchfloor.shifts;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.TimeRange;
import java.time.Instant;
import java.util.Objects;

/**
 * A shift's cleaning duty (卫生值日, SHIFT-08): who cleaned, the state of the room, and when.
 *
 * @param shift the shift (template occurrence) it belongs to
 */
public record CleaningRecord(TimeRange shift, PersonId person, RoomState state, String note, Instant recordedAt) {

    /** The state of the monitoring room after the cleaning. */
    public enum RoomState {
        /** Clean and tidy. */
        TIDY,
        /** Something needs attention (written in the note). */
        NEEDS_ATTENTION
    }

    public CleaningRecord {
        Objects.requireNonNull(shift, "shift");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(recordedAt, "recordedAt");
        note = note == null ? "" : note;
        if (state == RoomState.NEEDS_ATTENTION && note.isBlank()) {
            throw new IllegalArgumentException("a room that needs attention needs a note saying what");
        }
    }
}
