package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.DestructionRecord;
import io.watchfloor.recordings.DestructionRecord.Stage;
import io.watchfloor.recordings.DestructionRecordId;
import io.watchfloor.recordings.SegmentId;
import io.watchfloor.recordings.port.out.DestructionRecords;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The destruction records in memory, in the order they were begun. */
public final class InMemoryDestructionRecords implements DestructionRecords {

    private final InMemoryTransactions transactions;
    private final Map<DestructionRecordId, DestructionRecord> records = new LinkedHashMap<>();

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryDestructionRecords(InMemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public synchronized void begin(DestructionRecord pending) {
        if (pending.stage() != Stage.PENDING) {
            throw new IllegalArgumentException("a destruction record begins pending, was " + pending.stage());
        }
        if (records.containsKey(pending.id())) {
            throw new ConcurrentModification("destruction record " + pending.id() + " already exists");
        }
        for (DestructionRecord r : records.values()) {
            if (r.segment().equals(pending.segment()) && r.stage() != Stage.WITHDRAWN) {
                throw new ConcurrentModification("segment " + pending.segment() + " already has a " + r.stage().name().toLowerCase()
                        + " destruction record " + r.id());
            }
        }
        records.put(pending.id(), pending);
        transactions.onRollback(() -> forget(pending.id()));
    }

    private synchronized void forget(DestructionRecordId id) {
        records.remove(id);
    }

    private synchronized void put(DestructionRecord record) {
        records.put(record.id(), record);
    }

    @Override
    public synchronized void conclude(DestructionRecord concluded) {
        DestructionRecord stored = records.get(concluded.id());
        if (stored == null || stored.stage() != Stage.PENDING || concluded.stage() == Stage.PENDING
                || !stored.equals(new DestructionRecord(concluded.id(), concluded.segment(), concluded.camera(), concluded.range(),
                concluded.location(), concluded.sizeBytes(), concluded.hash(), concluded.keptUntil(), concluded.policy(),
                concluded.cause(), concluded.orderedBy(), concluded.note(), concluded.decidedAt(), Stage.PENDING, stored.stageAt()))) {
            throw new ConcurrentModification("destruction record " + concluded.id() + " is not the pending record it concludes");
        }
        records.put(concluded.id(), concluded);
        transactions.onRollback(() -> put(stored));
    }

    @Override
    public synchronized Optional<DestructionRecord> find(DestructionRecordId id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized List<DestructionRecord> of(SegmentId segment) {
        return records.values().stream().filter(r -> r.segment().equals(segment)).toList();
    }

    @Override
    public synchronized List<DestructionRecord> pending() {
        return records.values().stream().filter(r -> r.stage() == Stage.PENDING).toList();
    }

    @Override
    public synchronized List<DestructionRecord> all() {
        return new ArrayList<>(records.values());
    }
}
