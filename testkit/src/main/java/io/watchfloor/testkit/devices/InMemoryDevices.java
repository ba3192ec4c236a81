package io.watchfloor.testkit.devices;

import io.watchfloor.devices.Device;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.DeviceStatus;
import io.watchfloor.devices.DeviceType;
import io.watchfloor.devices.port.out.Devices;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.Page;
import io.watchfloor.shared.PageRequest;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The device archive in memory, indexed by id, asset number and camera id, so that importing ten
 * thousand devices stays fast. Saves are optimistic like {@code InMemoryVersionedStore}; a device
 * that would take another's asset number or camera id is a {@link ConcurrentModification}.
 */
public final class InMemoryDevices implements Devices {

    private final InMemoryTransactions transactions;
    private final Map<DeviceId, Device> byId = new HashMap<>();
    private final TreeMap<String, DeviceId> byAsset = new TreeMap<>();
    private final Map<CameraId, DeviceId> byCamera = new HashMap<>();

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryDevices(InMemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public synchronized Device save(Device device) {
        Device current = byId.get(device.id());
        boolean fresh = device.version().isNew();
        if (fresh ? current != null : current == null || !current.version().equals(device.version())) {
            throw new ConcurrentModification("device", device.id(), device.version());
        }
        DeviceId assetOwner = byAsset.get(device.assetNumber());
        if (assetOwner != null && !assetOwner.equals(device.id())) {
            throw new ConcurrentModification("asset number " + device.assetNumber() + " already belongs to device " + assetOwner);
        }
        if (device.camera() != null) {
            DeviceId cameraOwner = byCamera.get(device.camera());
            if (cameraOwner != null && !cameraOwner.equals(device.id())) {
                throw new ConcurrentModification("camera " + device.camera() + " already belongs to device " + cameraOwner);
            }
        }
        Device stored = device.withVersion(device.version().next());
        put(stored, current);
        transactions.onRollback(() -> restore(stored, current));
        return stored;
    }

    private void put(Device stored, Device previous) {
        if (previous != null) {
            byAsset.remove(previous.assetNumber());
            if (previous.camera() != null) {
                byCamera.remove(previous.camera());
            }
        }
        byId.put(stored.id(), stored);
        byAsset.put(stored.assetNumber(), stored.id());
        if (stored.camera() != null) {
            byCamera.put(stored.camera(), stored.id());
        }
    }

    private synchronized void restore(Device stored, Device previous) {
        byAsset.remove(stored.assetNumber());
        if (stored.camera() != null) {
            byCamera.remove(stored.camera());
        }
        if (previous == null) {
            byId.remove(stored.id());
        } else {
            put(previous, null);
        }
    }

    @Override
    public synchronized Optional<Device> find(DeviceId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Device> withAssetNumber(String assetNumber) {
        return Optional.ofNullable(byAsset.get(assetNumber)).map(byId::get);
    }

    @Override
    public synchronized Optional<Device> withCamera(CameraId camera) {
        return Optional.ofNullable(byCamera.get(camera)).map(byId::get);
    }

    private List<Device> select(Predicate<Device> filter) {
        List<Device> out = new ArrayList<>();
        for (DeviceId id : byAsset.values()) {
            Device d = byId.get(id);
            if (filter.test(d)) {
                out.add(d);
            }
        }
        return out;
    }

    @Override
    public synchronized List<Device> ofType(DeviceType type) {
        return select(d -> d.type() == type);
    }

    @Override
    public synchronized List<Device> inStatus(DeviceStatus status) {
        return select(d -> d.status() == status);
    }

    @Override
    public synchronized Page<Device> list(PageRequest page) {
        return Page.of(select(d -> true), page);
    }

    @Override
    public synchronized long count() {
        return byId.size();
    }
}
