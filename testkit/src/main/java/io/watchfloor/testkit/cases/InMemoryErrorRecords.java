package io.watchfloor.testkit.cases;

import io.watchfloor.cases.ErrorRecord;
import io.watchfloor.cases.port.out.ErrorRecords;
import io.watchfloor.people.PersonId;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The error records in memory, append-only; an append is undone when the unit of work fails. */
public final class InMemoryErrorRecords implements ErrorRecords {

    private final InMemoryTransactions transactions;
    private final List<ErrorRecord> records = new ArrayList<>();

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryErrorRecords(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized void append(ErrorRecord record) {
        records.add(java.util.Objects.requireNonNull(record, "record"));
        transactions.onRollback(() -> remove(record));
    }

    private synchronized void remove(ErrorRecord record) {
        records.remove(records.lastIndexOf(record));
    }

    @Override
    public synchronized List<ErrorRecord> against(PersonId person, Instant after, Instant upTo) {
        return records.stream().filter(r -> r.person().equals(person) && r.at().isAfter(after) && !r.at().isAfter(upTo))
                .sorted(Comparator.comparing(ErrorRecord::at)).toList();
    }

    /** {@return every record, in the order appended} */
    public synchronized List<ErrorRecord> all() {
        return List.copyOf(records);
    }
}
