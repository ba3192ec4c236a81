package io.watchfloor.shifts.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.shifts.DutyLogEntry;
import io.watchfloor.shifts.DutyLogEntryId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Writes to the append-only duty log (SHIFT-07): an entry, or a correction as a new entry pointing at the old one. The
 * author is someone on duty at the instant (as {@link FindOnDuty} answers) or a person holding the shift leader role;
 * anyone else is refused with SHIFT-07.
 */
public interface WriteDutyLog {

    /** Appends an entry at the clock's time and returns it numbered. */
    DutyLogEntry write(Entry command);

    /** Appends a correction of an earlier entry and returns it numbered; the earlier entry stays as it was. */
    DutyLogEntry correct(Correction command);

    /** A new entry: who writes it and what. */
    record Entry(@NotNull PersonId author, @NotBlank @Size(max = DutyLogEntry.TEXT_MAX) String text) {
    }

    /** A correction: who writes it, the entry it corrects and the corrected text. */
    record Correction(@NotNull PersonId author, @NotNull DutyLogEntryId corrects, @NotBlank @Size(max = DutyLogEntry.TEXT_MAX) String text) {
    }
}
