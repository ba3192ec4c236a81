package io.watchfloor.testkit.access;

import io.watchfloor.access.Grant;
import io.watchfloor.access.GrantId;
import io.watchfloor.access.port.out.Grants;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The grants in memory. */
public final class InMemoryGrants implements Grants {

    private final InMemoryVersionedStore<GrantId, Grant> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryGrants(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("grant", Grant::id, Grant::version, Grant::withVersion, transactions);
    }

    @Override
    public Grant save(Grant grant) {
        return store.save(grant);
    }

    @Override
    public Optional<Grant> find(GrantId id) {
        return store.find(id);
    }

    @Override
    public List<Grant> all() {
        return store.select(g -> true, Comparator.comparing((Grant g) -> g.validity().start()).thenComparing(g -> g.id().value()));
    }
}
