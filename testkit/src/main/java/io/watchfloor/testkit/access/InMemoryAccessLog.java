package io.watchfloor.testkit.access;

import io.watchfloor.access.AccessLogEntry;
import io.watchfloor.access.ChainHash;
import io.watchfloor.access.port.out.AccessLog;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The access log in memory: append-only, each append undone when its unit of work fails. */
public final class InMemoryAccessLog implements AccessLog {

    private final InMemoryTransactions transactions;
    private final List<AccessLogEntry> entries = new ArrayList<>();

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryAccessLog(InMemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public synchronized void append(AccessLogEntry entry) {
        Objects.requireNonNull(entry, "entry");
        long expected = entries.size() + 1L;
        ChainHash head = entries.isEmpty() ? ChainHash.GENESIS : entries.get(entries.size() - 1).hash();
        if (entry.sequence() != expected || !entry.previousHash().equals(head)) {
            throw new ConcurrentModification("the access log's head moved: entry " + entry.sequence()
                    + " does not extend entry " + (expected - 1));
        }
        entries.add(entry);
        transactions.onRollback(this::dropLast);
    }

    private synchronized void dropLast() {
        entries.remove(entries.size() - 1);
    }

    @Override
    public synchronized long size() {
        return entries.size();
    }

    @Override
    public synchronized Optional<AccessLogEntry> head() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    @Override
    public synchronized List<AccessLogEntry> read(long fromSequence, int max) {
        if (fromSequence < 1 || max < 0) {
            throw new IllegalArgumentException("read from sequence 1 or later, at most 0 or more entries");
        }
        int from = (int) Math.min(entries.size(), fromSequence - 1);
        int to = (int) Math.min(entries.size(), (long) from + max);
        return List.copyOf(entries.subList(from, to));
    }

    /**
     * Rewrites the stored entries behind the log's back, as someone with access to the storage could:
     * for tests that prove tampering is detected. Never used by the library.
     *
     * @param edit changes the stored entries
     */
    public synchronized void tamper(UnaryOperator<List<AccessLogEntry>> edit) {
        List<AccessLogEntry> edited = new ArrayList<>(edit.apply(new ArrayList<>(entries)));
        entries.clear();
        entries.addAll(edited);
    }
}
