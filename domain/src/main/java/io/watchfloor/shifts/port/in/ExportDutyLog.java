package io.watchfloor.shifts.port.in;

import io.watchfloor.shifts.DutyLogArchive;

/** Exports a year of the duty log for the archive (SHIFT-07), in the centre's zone. */
public interface ExportDutyLog {

    /** The archive of {@code year}; a year from 2000 to 2999. */
    DutyLogArchive year(int year);
}
