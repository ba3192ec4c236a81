package io.watchfloor.testkit.devices;

import io.watchfloor.devices.DeviceHealth;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.port.out.HealthRecords;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The cameras' last known health in memory. */
public final class InMemoryHealthRecords implements HealthRecords {

    private final InMemoryVersionedStore<DeviceId, DeviceHealth> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryHealthRecords(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("device health", DeviceHealth::device, DeviceHealth::version, DeviceHealth::withVersion, transactions);
    }

    @Override
    public DeviceHealth save(DeviceHealth health) {
        return store.save(health);
    }

    @Override
    public Optional<DeviceHealth> find(DeviceId device) {
        return store.find(device);
    }

    @Override
    public List<DeviceHealth> unhealthy() {
        return store.select(h -> !h.isHealthy(), Comparator.comparing(h -> h.device().value()));
    }
}
