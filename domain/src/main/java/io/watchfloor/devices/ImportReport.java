package io.watchfloor.devices;

import java.util.List;
import java.util.Objects;

/**
 * What an import did (DEVICE-01): how many devices it stored in how many units of work, and every
 * row it refused with its line number and reason. A refused row stores nothing; a stored batch is
 * stored whole.
 */
public record ImportReport(int imported, int batches, List<BadRow> badRows) {

    /** A refused row: the line it starts on (the header is line 1) and why. */
    public record BadRow(long line, String reason) {
        public BadRow {
            Objects.requireNonNull(reason, "reason");
            if (line < 1) {
                throw new IllegalArgumentException("lines count from 1, was " + line);
            }
        }

        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }

    public ImportReport {
        badRows = List.copyOf(badRows);
        if (imported < 0 || batches < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }
}
