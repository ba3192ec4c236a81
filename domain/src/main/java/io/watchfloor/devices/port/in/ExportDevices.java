package io.watchfloor.devices.port.in;

import java.util.List;
import java.util.function.Consumer;

/**
 * Hands out the whole archive as rows of text in the columns of {@link ImportDevices#COLUMNS},
 * ordered by asset number; what it hands out imports again (DEVICE-01). Writing a file format (CSV)
 * is the caller's.
 */
public interface ExportDevices {

    /**
     * Hands the header row, then one row per device, to {@code rows}.
     *
     * @param rows receives each row, the header first
     * @return how many devices it handed out
     */
    int exportRows(Consumer<List<String>> rows);
}
