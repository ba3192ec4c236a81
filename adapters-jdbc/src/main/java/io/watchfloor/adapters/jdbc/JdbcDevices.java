package io.watchfloor.adapters.jdbc;

import io.watchfloor.devices.Device;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.DeviceStatus;
import io.watchfloor.devices.DeviceType;
import io.watchfloor.devices.port.out.Devices;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.Page;
import io.watchfloor.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * The device archive ({@link Devices}) over table {@code wf_devices}: asset numbers and cameras are
 * unique in the database itself, so two devices can never share one (DEVICE-01), whoever writes.
 */
public final class JdbcDevices implements Devices {

    private static final String BY_ASSET = "asset_number";
    private final DocumentTable<Device> table;

    /** The device archive in the database of {@code transactions}. */
    public JdbcDevices(JdbcTransactions transactions) {
        Columns<Device> columns = Columns.of(Device.class)
                .add("asset_number", Device::assetNumber)
                .add("camera", Device::camera)
                .add("device_type", Device::type)
                .add("status", Device::status);
        this.table = new DocumentTable<>(transactions, "wf_devices", "device", Device.class, Device::id,
                Device::version, (d, v) -> new Device(d.id(), d.camera(), d.details(), d.status(), d.standingInFor(),
                d.history(), v), columns);
    }

    @Override
    public Device save(Device device) {
        return table.save(device);
    }

    @Override
    public Optional<Device> find(DeviceId id) {
        return table.find(id);
    }

    @Override
    public Optional<Device> withAssetNumber(String assetNumber) {
        return table.where("asset_number = ?", BY_ASSET, assetNumber).stream().findFirst();
    }

    @Override
    public Optional<Device> withCamera(CameraId camera) {
        return table.where("camera = ?", BY_ASSET, camera).stream().findFirst();
    }

    @Override
    public List<Device> ofType(DeviceType type) {
        return table.where("device_type = ?", BY_ASSET, type);
    }

    @Override
    public List<Device> inStatus(DeviceStatus status) {
        return table.where("status = ?", BY_ASSET, status);
    }

    @Override
    public Page<Device> list(PageRequest page) {
        return table.page(page, BY_ASSET);
    }

    @Override
    public long count() {
        return table.count();
    }
}
