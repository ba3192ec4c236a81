package io.watchfloor.shifts;

import io.watchfloor.people.PersonId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One time-stamped entry of the duty log (值班日志, SHIFT-07). Entries are never changed: a correction is
 * a new entry pointing at the one it corrects.
 *
 * @param sequence the entry's place in the log, from 1, given by the store
 * @param corrects the entry this one corrects, or {@code null}
 */
public record DutyLogEntry(DutyLogEntryId id, long sequence, Instant at, PersonId author, String text, DutyLogEntryId corrects) {

    /** The longest text of an entry, in characters. */
    public static final int TEXT_MAX = 4000;

    public DutyLogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(author, "author");
        if (sequence < 0) {
            throw new IllegalArgumentException("a sequence is not negative, was " + sequence);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a duty log entry needs its text");
        }
        if (text.length() > TEXT_MAX) {
            throw new IllegalArgumentException("a duty log entry is at most " + TEXT_MAX + " characters");
        }
    }

    /** A new entry, numbered by the store when appended. */
    public static DutyLogEntry write(Instant at, PersonId author, String text, DutyLogEntryId corrects) {
        return new DutyLogEntry(DutyLogEntryId.newId(), 0, at, author, text, corrects);
    }

    /** The entry it corrects, if it is a correction. */
    public Optional<DutyLogEntryId> correction() {
        return Optional.ofNullable(corrects);
    }

    /** The same entry with its place in the log; used by stores only. */
    public DutyLogEntry numbered(long place) {
        return new DutyLogEntry(id, place, at, author, text, corrects);
    }
}
