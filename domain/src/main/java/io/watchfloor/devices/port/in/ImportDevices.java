package io.watchfloor.devices.port.in;

import io.watchfloor.devices.ImportReport;
import io.watchfloor.people.PersonId;
import jakarta.validation.constraints.NotNull;
import java.io.Reader;
import java.util.List;

/**
 * Imports devices from CSV (RFC 4180, UTF-8 text; the first line names the columns, in any order)
 * (DEVICE-01). Every row is checked as a {@link RegisterDevice.Command} would be; the good rows are
 * stored in batches, each batch in one unit of work, and each bad row is reported with its line
 * number and reason. A bad row stores nothing; no batch is stored in part.
 */
public interface ImportDevices {

    /**
     * The columns; {@code id} and {@code cameraId} may be blank (a new id is given), {@code status}
     * is {@code IN_SERVICE} or {@code SPARE}, {@code recording} is {@code true} or {@code false}, dates are
     * {@code yyyy-mm-dd}, coordinates WGS-84 decimal degrees.
     */
    List<String> COLUMNS = List.of("id", "assetNumber", "type", "model", "manufacturer", "serial", "producedOn", "purchasedOn",
            "purchaseChannel", "latitude", "longitude", "address", "placeClass", "aim", "zone", "zoneImportance", "accessLevel",
            "networkAddress", "credentialsReference", "recording", "firmware", "status", "cameraId");

    /** Imports the rows and says what became of each. */
    ImportReport importCsv(Command command);

    /** @param csv the text; read to its end, not closed */
    record Command(@NotNull PersonId actor, @NotNull Reader csv) {
    }
}
