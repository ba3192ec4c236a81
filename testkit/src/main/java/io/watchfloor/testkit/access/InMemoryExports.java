package io.watchfloor.testkit.access;

import io.watchfloor.access.Export;
import io.watchfloor.access.ExportId;
import io.watchfloor.access.port.out.Exports;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The exports in memory. */
public final class InMemoryExports implements Exports {

    private final InMemoryVersionedStore<ExportId, Export> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryExports(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("export", Export::id, Export::version, Export::withVersion, transactions);
    }

    @Override
    public Export save(Export export) {
        return store.save(export);
    }

    @Override
    public Optional<Export> find(ExportId id) {
        return store.find(id);
    }

    @Override
    public List<Export> all() {
        return store.select(e -> true, Comparator.comparing(Export::exportedAt).thenComparing(e -> e.id().value()));
    }
}
