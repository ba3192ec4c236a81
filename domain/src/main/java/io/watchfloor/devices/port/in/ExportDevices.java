package io.watchfloor.devices.port.in;

/**
 * Writes the whole archive as CSV (RFC 4180, CRLF line ends) in the columns of
 * {@link ImportDevices#COLUMNS}, ordered by asset number; what it writes imports again (DEVICE-01).
 */
public interface ExportDevices {

    /** Writes the header and one row per device to {@code out}; returns how many devices it wrote. */
    int exportCsv(Appendable out);
}
