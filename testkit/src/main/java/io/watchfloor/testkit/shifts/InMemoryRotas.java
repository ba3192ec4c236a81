package io.watchfloor.testkit.shifts;

import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaId;
import io.watchfloor.shifts.port.out.Rotas;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The rotas in memory. */
public final class InMemoryRotas implements Rotas {

    private final InMemoryVersionedStore<RotaId, Rota> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryRotas(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("rota", Rota::id, Rota::version, Rota::withVersion, transactions);
    }

    @Override
    public Rota save(Rota rota) {
        return store.save(rota);
    }

    @Override
    public Optional<Rota> find(RotaId id) {
        return store.find(id);
    }

    @Override
    public List<Rota> overlapping(TimeRange range) {
        return store.select(r -> r.horizon().overlaps(range), Comparator.comparing(Rota::firstDay).thenComparing(r -> r.id().value()));
    }
}
