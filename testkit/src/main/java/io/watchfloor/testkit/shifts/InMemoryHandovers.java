package io.watchfloor.testkit.shifts;

import io.watchfloor.shifts.Handover;
import io.watchfloor.shifts.HandoverId;
import io.watchfloor.shifts.port.out.Handovers;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The handovers in memory. */
public final class InMemoryHandovers implements Handovers {

    private static final Comparator<Handover> ORDER = Comparator.comparing(Handover::boundary)
            .thenComparing(Handover::outgoingSigned).thenComparing(h -> h.id().value());
    private final InMemoryVersionedStore<HandoverId, Handover> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryHandovers(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("handover", Handover::id, Handover::version, Handover::withVersion, transactions);
    }

    @Override
    public Handover save(Handover handover) {
        return store.save(handover);
    }

    @Override
    public Optional<Handover> find(HandoverId id) {
        return store.find(id);
    }

    @Override
    public List<Handover> at(Instant boundary) {
        return store.select(h -> h.boundary().equals(boundary), ORDER);
    }

    @Override
    public List<Handover> between(Instant from, Instant to) {
        return store.select(h -> !h.boundary().isBefore(from) && h.boundary().isBefore(to), ORDER);
    }
}
