package io.watchfloor.testkit.shifts;

import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.DutyLogEntry;
import io.watchfloor.shifts.DutyLogEntryId;
import io.watchfloor.shifts.port.out.DutyLog;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The duty log in memory: append-only; an undone unit of work takes back only what it appended. */
public final class InMemoryDutyLog implements DutyLog {

    private final InMemoryTransactions transactions;
    private final List<DutyLogEntry> entries = new ArrayList<>();

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryDutyLog(InMemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public synchronized DutyLogEntry append(DutyLogEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (find(entry.id()).isPresent()) {
            throw new ConcurrentModification("duty log entry " + entry.id() + " was already appended");
        }
        DutyLogEntry numbered = entry.numbered(entries.size() + 1L);
        entries.add(numbered);
        transactions.onRollback(() -> takeBack(numbered));
        return numbered;
    }

    /** Removes exactly the entry an undone unit of work appended, wherever later appends put it. */
    private synchronized void takeBack(DutyLogEntry appended) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i) == appended) {
                entries.remove(i);
                return;
            }
        }
    }

    @Override
    public synchronized Optional<DutyLogEntry> find(DutyLogEntryId id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<DutyLogEntry> during(TimeRange range) {
        return entries.stream().filter(e -> range.contains(e.at())).toList();
    }

    @Override
    public synchronized long size() {
        return entries.size();
    }
}
