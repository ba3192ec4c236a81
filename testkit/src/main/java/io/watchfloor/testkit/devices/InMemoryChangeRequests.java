package io.watchfloor.testkit.devices;

import io.watchfloor.devices.ChangeRequest;
import io.watchfloor.devices.ChangeRequestId;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.port.out.ChangeRequests;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The change requests in memory. */
public final class InMemoryChangeRequests implements ChangeRequests {

    private static final Comparator<ChangeRequest> BY_REQUESTED = Comparator.comparing(ChangeRequest::requestedAt).thenComparing(r -> r.id().value());
    private final InMemoryVersionedStore<ChangeRequestId, ChangeRequest> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryChangeRequests(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("change request", ChangeRequest::id, ChangeRequest::version, ChangeRequest::withVersion, transactions);
    }

    @Override
    public ChangeRequest save(ChangeRequest request) {
        return store.save(request);
    }

    @Override
    public Optional<ChangeRequest> find(ChangeRequestId id) {
        return store.find(id);
    }

    @Override
    public List<ChangeRequest> forDevice(DeviceId device) {
        return store.select(r -> r.device().equals(device), BY_REQUESTED);
    }

    @Override
    public List<ChangeRequest> all() {
        return store.select(r -> true, BY_REQUESTED);
    }
}
