package io.watchfloor.testkit.devices;

import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.RepairOrder;
import io.watchfloor.devices.RepairOrderId;
import io.watchfloor.devices.port.out.RepairOrders;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The repair orders in memory; a second open order for one device is a {@link ConcurrentModification}. */
public final class InMemoryRepairOrders implements RepairOrders {

    private static final Comparator<RepairOrder> BY_REPORTED = Comparator.comparing(RepairOrder::reportedAt).thenComparing(o -> o.id().value());
    private final InMemoryVersionedStore<RepairOrderId, RepairOrder> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryRepairOrders(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("repair order", RepairOrder::id, RepairOrder::version, RepairOrder::withVersion, transactions);
    }

    @Override
    public synchronized RepairOrder save(RepairOrder order) {
        if (order.isOpen()) {
            openFor(order.device()).filter(other -> !other.id().equals(order.id())).ifPresent(other -> {
                throw new ConcurrentModification("device " + order.device() + " already has the open repair order " + other.id());
            });
        }
        return store.save(order);
    }

    @Override
    public Optional<RepairOrder> find(RepairOrderId id) {
        return store.find(id);
    }

    @Override
    public Optional<RepairOrder> openFor(DeviceId device) {
        return store.select(o -> o.isOpen() && o.device().equals(device), BY_REPORTED).stream().findFirst();
    }

    @Override
    public List<RepairOrder> open() {
        return store.select(RepairOrder::isOpen, BY_REPORTED);
    }

    @Override
    public List<RepairOrder> all() {
        return store.select(o -> true, BY_REPORTED);
    }
}
