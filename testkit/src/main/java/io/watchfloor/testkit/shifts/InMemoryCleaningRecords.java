package io.watchfloor.testkit.shifts;

import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.CleaningRecord;
import io.watchfloor.shifts.port.out.CleaningRecords;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The cleaning records in memory, one per shift. */
public final class InMemoryCleaningRecords implements CleaningRecords {

    private final InMemoryTransactions transactions;
    private final List<CleaningRecord> records = new ArrayList<>();

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryCleaningRecords(InMemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public synchronized void add(CleaningRecord record) {
        Objects.requireNonNull(record, "record");
        if (of(record.shift()).isPresent()) {
            throw new ConcurrentModification("the shift " + record.shift() + " already has a cleaning record");
        }
        records.add(record);
        transactions.onRollback(() -> remove(record));
    }

    private synchronized void remove(CleaningRecord record) {
        records.remove(record);
    }

    @Override
    public synchronized Optional<CleaningRecord> of(TimeRange shift) {
        return records.stream().filter(r -> r.shift().equals(shift)).findFirst();
    }

    @Override
    public synchronized List<CleaningRecord> during(TimeRange range) {
        return records.stream().filter(r -> range.contains(r.shift().start()))
                .sorted(Comparator.comparing((CleaningRecord r) -> r.shift().start())).toList();
    }
}
