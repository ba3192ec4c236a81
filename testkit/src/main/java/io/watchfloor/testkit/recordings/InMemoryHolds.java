package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.Hold;
import io.watchfloor.recordings.HoldId;
import io.watchfloor.recordings.port.out.Holds;
import io.watchfloor.shared.CameraId;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The holds in memory, with optimistic locking. */
public final class InMemoryHolds implements Holds {

    private static final Comparator<Hold> BY_PLACEMENT = Comparator.comparing(Hold::placedAt).thenComparing(h -> h.id().value());
    private final InMemoryVersionedStore<HoldId, Hold> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryHolds(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("hold", Hold::id, Hold::version, Hold::withVersion, transactions);
    }

    @Override
    public Hold save(Hold hold) {
        return store.save(hold);
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
