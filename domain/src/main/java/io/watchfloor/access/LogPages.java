package io.watchfloor.access;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/** Reads a log page by page as one {@link Iterable}, so verification never holds the whole log in memory. */
public final class LogPages {

    /** Entries per page. */
    public static final int PAGE = 1_000;

    /** Reads up to {@code max} entries from sequence {@code from}. */
    @FunctionalInterface
    public interface Reader {
        List<AccessLogEntry> read(long from, int max);
    }

    private LogPages() {
    }

    /** Every entry {@code reader} gives, from sequence 1, in pages of {@link #PAGE}. */
    public static Iterable<AccessLogEntry> of(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        return () -> new Iterator<>() {
            private long next = 1;
            private Iterator<AccessLogEntry> page = List.<AccessLogEntry>of().iterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && !exhausted) {
                    List<AccessLogEntry> read = reader.read(next, PAGE);
                    exhausted = read.size() < PAGE;
                    next += read.size();
                    page = read.iterator();
                }
                return page.hasNext();
            }

            @Override
            public AccessLogEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
    }
}
