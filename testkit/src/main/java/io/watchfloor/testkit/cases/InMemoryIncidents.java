package io.watchfloor.testkit.cases;

import io.watchfloor.cases.Incident;
import io.watchfloor.cases.port.out.Incidents;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The incidents in memory. */
public final class InMemoryIncidents implements Incidents {

    private final InMemoryVersionedStore<IncidentId, Incident> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryIncidents(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("incident", Incident::id, Incident::version, Incident::withVersion, transactions);
    }

    @Override
    public Incident save(Incident incident) {
        return store.save(incident);
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
        return store.find(id);
    }

    @Override
    public List<Incident> seenBetween(Instant from, Instant to) {
        return store.select(i -> !i.seenAt().isBefore(from) && i.seenAt().isBefore(to),
                Comparator.comparing(Incident::seenAt).thenComparing(i -> i.id().value()));
    }
}
