package io.watchfloor.testkit.access;

import io.watchfloor.access.AccessRequest;
import io.watchfloor.access.AccessRequestId;
import io.watchfloor.access.port.out.AccessRequests;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The access requests in memory. */
public final class InMemoryAccessRequests implements AccessRequests {

    private final InMemoryVersionedStore<AccessRequestId, AccessRequest> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryAccessRequests(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("access request", AccessRequest::id, AccessRequest::version, AccessRequest::withVersion,
                transactions);
    }

    @Override
    public AccessRequest save(AccessRequest request) {
        return store.save(request);
    }

    @Override
    public Optional<AccessRequest> find(AccessRequestId id) {
        return store.find(id);
    }

    @Override
    public List<AccessRequest> filedBetween(Instant from, Instant to) {
        return store.select(r -> !r.requestedAt().isBefore(from) && r.requestedAt().isBefore(to),
                Comparator.comparing(AccessRequest::requestedAt).thenComparing(r -> r.id().value()));
    }

    /** {@return every request stored, oldest first} */
    public List<AccessRequest> all() {
        return store.select(r -> true, Comparator.comparing(AccessRequest::requestedAt).thenComparing(r -> r.id().value()));
    }
}
