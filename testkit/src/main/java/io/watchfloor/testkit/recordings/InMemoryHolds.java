package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.Hold;
import io.watchfloor.recordings.HoldId;
import io.watchfloor.recordings.port.out.Holds;
import io.watchfloor.shared.CameraId;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The holds in memory, with optimistic locking. Every version stored is also kept in {@link #history()}
 * with its tick, so {@link RetentionLaws} can tell which holds were in force at each claim. The
 * protection lock is the in-memory unit of work itself: {@link InMemoryTransactions} runs one unit of
 * work at a time, so placing a hold and claiming a destruction already serialize.
 */
public final class InMemoryHolds implements Holds {

    /** A version of a hold as stored, with the tick it was stored at. */
    public record Stored(Hold hold, long tick) {
    }

    private static final Comparator<Hold> BY_PLACEMENT = Comparator.comparing(Hold::placedAt).thenComparing(h -> h.id().value());
    private final InMemoryTransactions transactions;
    private final InMemoryVersionedStore<HoldId, Hold> store;
    private final List<Stored> history = new ArrayList<>();
    private int locks;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryHolds(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.store = new InMemoryVersionedStore<>("hold", Hold::id, Hold::version, Hold::withVersion, transactions);
    }

    @Override
    public Hold save(Hold hold) {
        Hold saved = store.save(hold);
        Stored entry = new Stored(saved, Ticks.next());
        synchronized (history) {
            history.add(entry);
        }
        transactions.onRollback(() -> {
            synchronized (history) {
                history.remove(entry);
            }
        });
        return saved;
    }

    @Override
    public synchronized void lockProtection(Set<CameraId> cameras) {
        locks++;
    }

    /** How many times the protection lock was taken. */
    public synchronized int protectionLocks() {
        return locks;
    }

    /** Every version of every hold as stored, oldest first, with its tick. */
    public List<Stored> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    @Override
    public Optional<Hold> find(HoldId id) {
        return store.find(id);
    }

    @Override
    public List<Hold> unreleased() {
        return store.select(h -> !h.isReleased(), BY_PLACEMENT);
    }

    @Override
    public List<Hold> on(CameraId camera) {
        return store.select(h -> h.cameras().contains(camera), BY_PLACEMENT);
    }

    /** {@return every hold, released or not} */
    public List<Hold> all() {
        return store.select(h -> true, BY_PLACEMENT);
    }
}
