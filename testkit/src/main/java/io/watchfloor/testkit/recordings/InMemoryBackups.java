package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.Backup;
import io.watchfloor.recordings.BackupId;
import io.watchfloor.recordings.port.out.Backups;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The backup register in memory. */
public final class InMemoryBackups implements Backups {

    private final InMemoryTransactions transactions;
    private final Map<BackupId, Backup> lines = new LinkedHashMap<>();

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryBackups(InMemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public synchronized void add(Backup backup) {
        if (lines.containsKey(backup.id())) {
            throw new ConcurrentModification("backup " + backup.id() + " is already registered");
        }
        lines.put(backup.id(), backup);
        transactions.onRollback(() -> remove(backup.id()));
    }

    private synchronized void remove(BackupId id) {
        lines.remove(id);
    }

    @Override
    public synchronized Optional<Backup> find(BackupId id) {
        return Optional.ofNullable(lines.get(id));
    }

    @Override
    public synchronized List<Backup> all() {
        return lines.values().stream().sorted(Comparator.comparing(Backup::madeAt).thenComparing(b -> b.id().value())).toList();
    }
}
