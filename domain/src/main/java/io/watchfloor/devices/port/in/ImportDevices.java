package io.watchfloor.devices.port.in;

import io.watchfloor.devices.ImportReport;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.Bounds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Imports devices from rows of text, as a file of the asset register holds them (DEVICE-01): a
 * header row naming the columns, in any order, then one row per device. Reading a file format (CSV,
 * a spreadsheet) is the caller's: an adapter reads the file into {@link Row}s, each with the line it
 * starts on, and hands on the rows it could not read as {@linkplain Row#malformed malformed}.
 * Every row is checked as a {@link RegisterDevice.Command} would be; the good rows are stored in
 * batches, each batch in one unit of work, and each bad row is reported with its line number and
 * reason. A bad row stores nothing; no batch is stored in part.
 */
public interface ImportDevices {

    /** The most rows one import takes (a city's camera archive, and then some); split larger files. */
    int MAX_ROWS = 100_000;

    /**
     * The columns; {@code id} and {@code cameraId} may be blank (a new id is given), {@code status}
     * is {@code IN_SERVICE} or {@code SPARE}, {@code recording} is {@code true} or {@code false}, dates are
     * {@code yyyy-mm-dd}, coordinates WGS-84 decimal degrees.
     */
    List<String> COLUMNS = List.of("id", "assetNumber", "type", "model", "manufacturer", "serial", "producedOn", "purchasedOn",
            "purchaseChannel", "latitude", "longitude", "address", "placeClass", "aim", "zone", "zoneImportance", "accessLevel",
            "networkAddress", "credentialsReference", "recording", "firmware", "status", "cameraId");

    /**
     * Imports the rows and says what became of each.
     *
     * @param command who imports, the header and the rows
     * @return how many devices were stored, in how many units of work, and every refused row
     * @throws io.watchfloor.shared.InvalidCommand when there is no header, it is malformed or it misses a column
     * @throws io.watchfloor.shared.RuleViolation PEOPLE-01 when the actor is neither a technician nor the centre head
     */
    ImportReport importRows(Command command);

    /**
     * One row as read from the file: the line it starts on (the header is line 1) and its fields, or
     * why it could not be read.
     *
     * @param line the line the row starts on, from 1
     * @param fields the fields, in the order of the header; empty for a malformed row
     * @param malformed why the row could not be read, or {@code null} when it could
     */
    record Row(long line, @Size(max = Bounds.ITEMS) List<@Size(max = Bounds.TEXT) String> fields,
               @Size(max = Bounds.TEXT) String malformed) {
        /** Checks the line and copies the fields. */
        public Row {
            if (line < 1) {
                throw new IllegalArgumentException("lines count from 1, was " + line);
            }
            fields = List.copyOf(fields);
            if (malformed != null && (malformed.isBlank() || !fields.isEmpty())) {
                throw new IllegalArgumentException("a malformed row has a reason and no fields");
            }
        }

        /**
         * A row that could be read.
         *
         * @param line the line it starts on
         * @param fields its fields
         * @return the row
         */
        public static Row of(long line, List<String> fields) {
            return new Row(line, fields, null);
        }

        /**
         * A row that could not be read; the import reports it with its line and reason.
         *
         * @param line the line it starts on
         * @param reason what is wrong with it
         * @return the row
         */
        public static Row malformed(long line, String reason) {
            return new Row(line, List.of(), Objects.requireNonNull(reason, "reason"));
        }

        /**
         * Whether the row could be read.
         *
         * @return {@code true} when it has fields and no error
         */
        public boolean isWellFormed() {
            return malformed == null;
        }
    }

    /**
     * Who imports, and what.
     *
     * @param actor the technician or centre head importing
     * @param header the first row, naming the columns; {@code null} when the file is empty
     * @param rows the rows after the header, in the order of the file
     */
    record Command(@NotNull PersonId actor, @Valid Row header,
                   @NotNull @Size(max = MAX_ROWS) List<@NotNull @Valid Row> rows) {
        /** Copies the rows (a {@code null} row is left for validation to name). */
        public Command {
            rows = rows == null ? null : Collections.unmodifiableList(new ArrayList<>(rows));
        }
    }
}
