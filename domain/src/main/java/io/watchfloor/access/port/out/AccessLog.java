package io.watchfloor.access.port.out;

import io.watchfloor.access.AccessLogEntry;
import io.watchfloor.access.LogPages;
import java.util.List;
import java.util.Optional;

/**
 * The access log (ACCESS-04), append-only: entries are never updated or deleted. {@link #append}
 * accepts only the entry that extends the head, with the next sequence number and the head's hash as
 * its previous hash, and raises {@link io.watchfloor.shared.ConcurrentModification} otherwise (another
 * writer got there first). Entries come back exactly as appended, in sequence order.
 */
public interface AccessLog {

    /** Appends the entry that extends the head. */
    void append(AccessLogEntry entry);

    /** How many entries the log holds. */
    long size();

    /** The last entry, unless the log is empty. */
    Optional<AccessLogEntry> head();

    /** Up to {@code max} entries from sequence {@code fromSequence} (1 for the first), in order. */
    List<AccessLogEntry> read(long fromSequence, int max);

    /** Every entry in order, read page by page. */
    default Iterable<AccessLogEntry> entries() {
        return LogPages.of(this::read);
    }
}
