package io.watchfloor.examples.devices;

import io.watchfloor.devices.port.in.ExportDevices;
import io.watchfloor.devices.port.in.ImportDevices;
import io.watchfloor.people.PersonId;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * The device archive as a CSV file (RFC 4180, UTF-8 text, CRLF line ends), read and written with
 * Apache Commons CSV at the edge: the domain's {@link ImportDevices} takes rows and
 * {@link ExportDevices} hands them out. Reading says on which line each record starts; a record that
 * cannot be read is handed on as malformed, with its line and reason, and reading goes on at the next
 * line, so one bad record never hides the others.
 */
public final class DeviceCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private DeviceCsv() {
    }

    /**
     * Reads a whole import file into the command the domain takes.
     *
     * @param actor who imports
     * @param csv the file's text; read to its end, not closed
     * @return the header (line 1, or {@code null} for an empty file) and every later record with its line
     * @throws UncheckedIOException when the text cannot be read at all
     */
    public static ImportDevices.Command read(PersonId actor, Reader csv) {
        List<ImportDevices.Row> rows = rows(text(csv));
        ImportDevices.Row header = rows.isEmpty() ? null : rows.get(0);
        return new ImportDevices.Command(actor, header, rows.isEmpty() ? List.of() : rows.subList(1, rows.size()));
    }

    /**
     * Writes the whole archive as CSV: the header, then one record per device.
     *
     * @param export the archive's export use case
     * @param out where the text goes
     * @return how many devices were written
     * @throws UncheckedIOException when {@code out} fails
     */
    public static int write(ExportDevices export, Appendable out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            int written = export.exportRows(row -> {
                try {
                    printer.printRecord(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes records as CSV, quoting only the fields that need it.
     *
     * @param out where the text goes
     * @param records the records, each a list of fields
     * @throws UncheckedIOException when {@code out} fails
     */
    public static void writeRecords(Appendable out, Iterable<? extends List<String>> records) {
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            printer.printRecords(records);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Reader in) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record with the line it starts on; after a malformed one, parsing starts again on the next line. */
    static List<ImportDevices.Row> rows(String text) {
        List<Integer> lineStarts = lineStarts(text);
        List<ImportDevices.Row> rows = new ArrayList<>();
        int from = 0;
        long linesBefore = 0;
        while (from < text.length()) {
            try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.substring(from))).setFormat(FORMAT).get()) {
                Iterator<CSVRecord> records = parser.iterator();
                from = text.length();
                while (true) {
                    long line = linesBefore + parser.getCurrentLineNumber() + 1;
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (UncheckedIOException e) {
                        long errorLine = linesBefore + parser.getCurrentLineNumber();
                        rows.add(ImportDevices.Row.malformed(line, reason(e, line)));
                        if (errorLine < lineStarts.size()) {
                            from = lineStarts.get((int) errorLine);
                            linesBefore = errorLine;
                        }
                        break;
                    }
                    long lastLine = Math.max(line, linesBefore + parser.getCurrentLineNumber());
                    rows.add(checked(line, record.toList(), text.substring(lineStarts.get((int) line - 1), lineEnd(text, lineStarts, lastLine))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }

    /**
     * A record Commons CSV read, unless a field holds a quote that was not written inside quotes
     * ({@code a,b"c,d}): RFC 4180 does not allow it, and the import refuses such a record.
     */
    private static ImportDevices.Row checked(long line, List<String> fields, String raw) {
        for (int i = 0; i < fields.size(); i++) {
            String value = fields.get(i);
            if (value.indexOf('"') >= 0 && !raw.contains('"' + value.replace("\"", "\"\"") + '"')) {
                return ImportDevices.Row.malformed(line, "field " + (i + 1) + " has a quote inside an unquoted value");
            }
        }
        return ImportDevices.Row.of(line, fields);
    }

    private static String reason(UncheckedIOException e, long line) {
        String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field opened on line " + line + " is never closed";
        }
        if (message.contains("between encapsulated token and delimiter")) {
            return "a field has text after its closing quote";
        }
        return "cannot be read as CSV: " + message;
    }

    /** Where each line starts (index 0 is line 1); a line ends at CRLF, LF or CR. */
    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            if (c == '\r' || c == '\n') {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static int lineEnd(String text, List<Integer> lineStarts, long line) {
        return line < lineStarts.size() ? lineStarts.get((int) line) : text.length();
    }
}
