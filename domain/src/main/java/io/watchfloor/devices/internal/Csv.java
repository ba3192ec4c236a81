package io.watchfloor.devices.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * RFC 4180 CSV, by hand on the JDK: fields separated by commas, records by CRLF (a bare LF or CR is
 * accepted too), fields with commas, quotes or line breaks in double quotes, a quote inside doubled.
 * The reader streams one record at a time and says on which line each record starts; a malformed
 * record is returned with its error and reading goes on at the next line, so one bad row never hides
 * the others. No library is needed for this: the format is small, and owning it keeps the domain's
 * only dependencies the JDK and jakarta.validation.
 */
public final class Csv {

    private Csv() {
    }

    /** One record: the line it starts on (from 1), its fields, or what is malformed about it. */
    public record Row(long line, List<String> fields, String error) {
        public Row {
            fields = List.copyOf(fields);
        }

        /** Whether the record could be read. */
        public boolean isWellFormed() {
            return error == null;
        }
    }

    /** Reads records from a {@link Reader}, one at a time. */
    public static final class RowReader {
        private final Reader in;
        private long line = 1;
        private int peeked = -2;

        public RowReader(Reader in) {
            this.in = Objects.requireNonNull(in, "in");
        }

        private int read() {
            try {
                if (peeked != -2) {
                    int c = peeked;
                    peeked = -2;
                    return c;
                }
                return in.read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private int peek() {
            if (peeked == -2) {
                try {
                    peeked = in.read();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return peeked;
        }

        /** Consumes a line break starting with {@code c} (CR, LF or CRLF) and counts it. */
        private void lineBreak(int c) {
            if (c == '\r' && peek() == '\n') {
                read();
            }
            line++;
        }

        /** The next record, or {@code null} at the end of the input. A blank last line is not a record. */
        public Row next() {
            int c = peek();
            if (c == -1) {
                return null;
            }
            long start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean afterQuote = false;
            boolean fieldStarted = false;
            while (true) {
                c = read();
                if (quoted) {
                    if (c == -1) {
                        return new Row(start, fields, "a quoted field opened on line " + start + " is never closed");
                    } else if (c == '"') {
                        if (peek() == '"') {
                            read();
                            field.append('"');
                        } else {
                            quoted = false;
                            afterQuote = true;
                        }
                    } else {
                        if (c == '\r' || c == '\n') {
                            if (c == '\r' && peek() == '\n') {
                                read();
                                field.append('\r');
                                c = '\n';
                            }
                            line++;
                        }
                        field.append((char) c);
                    }
                    continue;
                }
                if (c == ',' ) {
                    fields.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                    fieldStarted = false;
                } else if (c == '\r' || c == '\n' || c == -1) {
                    if (c != -1) {
                        lineBreak(c);
                    }
                    fields.add(field.toString());
                    return new Row(start, fields, null);
                } else if (afterQuote) {
                    skipLine(c);
                    return new Row(start, fields, "field " + (fields.size() + 1) + " has text after its closing quote");
                } else if (c == '"') {
                    if (fieldStarted) {
                        skipLine(c);
                        return new Row(start, fields, "field " + (fields.size() + 1) + " has a quote inside an unquoted value");
                    }
                    quoted = true;
                    fieldStarted = true;
                } else {
                    field.append((char) c);
                    fieldStarted = true;
                }
            }
        }

        private void skipLine(int c) {
            while (c != -1 && c != '\n' && c != '\r') {
                c = read();
            }
            if (c != -1) {
                lineBreak(c);
            }
        }
    }

    /** One field as written: quoted when it holds a comma, a quote, a line break or edge spaces. */
    public static String field(String value) {
        String v = value == null ? "" : value;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || (!v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' '));
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** Appends one record ending in CRLF. */
    public static void writeRow(Appendable out, List<String> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(values.get(i)));
            }
            out.append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
