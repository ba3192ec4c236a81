package io.watchfloor.testkit.access;

import io.watchfloor.access.Visit;
import io.watchfloor.access.VisitId;
import io.watchfloor.access.port.out.Visits;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The visit register in memory. */
public final class InMemoryVisits implements Visits {

    private final InMemoryVersionedStore<VisitId, Visit> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryVisits(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("visit", Visit::id, Visit::version, Visit::withVersion, transactions);
    }

    @Override
    public Visit save(Visit visit) {
        return store.save(visit);
    }

    @Override
    public Optional<Visit> find(VisitId id) {
        return store.find(id);
    }

    @Override
    public List<Visit> enteredBetween(Instant from, Instant to) {
        return store.select(v -> !v.entryAt().isBefore(from) && v.entryAt().isBefore(to),
                Comparator.comparing(Visit::entryAt).thenComparing(v -> v.id().value()));
    }
}
