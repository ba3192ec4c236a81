package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.DestructionRecord;
import io.watchfloor.recordings.DestructionRecord.Stage;
import io.watchfloor.recordings.DestructionRecordId;
import io.watchfloor.recordings.SegmentId;
import io.watchfloor.recordings.port.out.DestructionRecords;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The destruction records in memory, in the order they were begun. Every claim is also kept in
 * {@link #claims()} with its tick, so {@link RetentionLaws} can judge each deletion against what was
 * stored when it was claimed.
 */
public final class InMemoryDestructionRecords implements DestructionRecords {

    /** A claim as stored, with the tick it was made at. */
    public record Claim(DestructionRecord claimed, long tick) {
    }

    private final InMemoryTransactions transactions;
    private final Map<DestructionRecordId, DestructionRecord> records = new LinkedHashMap<>();
    private final List<Claim> claims = new ArrayList<>();

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
    public synchronized void claim(DestructionRecord claimed) {
        if (claimed.stage() != Stage.CLAIMED) {
            throw new IllegalArgumentException("a claim moves a record to claimed, not " + claimed.stage());
        }
        move(claimed);
        Claim claim = new Claim(claimed, Ticks.next());
        claims.add(claim);
        transactions.onRollback(() -> unclaim(claim));
    }

    private synchronized void unclaim(Claim claim) {
        claims.remove(claim);
    }

    @Override
    public synchronized void unclaim(DestructionRecord pending) {
        if (pending.stage() != Stage.PENDING) {
            throw new IllegalArgumentException("a claim given back leaves the record pending, not " + pending.stage());
        }
        move(pending);
    }

    @Override
    public synchronized void conclude(DestructionRecord concluded) {
        if (concluded.stage() != Stage.DONE && concluded.stage() != Stage.WITHDRAWN) {
            throw new IllegalArgumentException("a record concludes done or withdrawn, not " + concluded.stage());
        }
        move(concluded);
    }

    /** Stores {@code moved} when it is exactly the stored record moved on by one allowed step. */
    private void move(DestructionRecord moved) {
        DestructionRecord stored = records.get(moved.id());
        DestructionRecord expected;
        try {
            expected = stored == null ? null : stored.movedTo(moved.stage(), moved.stageAt());
        } catch (IllegalStateException e) {
            expected = null;
        }
        if (!moved.equals(expected)) {
            throw new ConcurrentModification("destruction record " + moved.id() + " is not stored "
                    + (stored == null ? "at all" : "at a stage that moves to " + moved.stage() + " with the same content"));
        }
        records.put(moved.id(), moved);
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
    public synchronized List<DestructionRecord> covering(CameraId camera, TimeRange range) {
        return records.values().stream().filter(r -> r.camera().equals(camera) && r.range().overlaps(range)).toList();
    }

    @Override
    public synchronized List<DestructionRecord> pending() {
        return records.values().stream().filter(r -> r.stage().isUnfinished()).toList();
    }

    /** Every claim made, oldest first, with its tick. */
    public synchronized List<Claim> claims() {
        return List.copyOf(claims);
    }

    @Override
    public synchronized List<DestructionRecord> all() {
        return new ArrayList<>(records.values());
    }
}
