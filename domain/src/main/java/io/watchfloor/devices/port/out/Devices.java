package io.watchfloor.devices.port.out;

import io.watchfloor.devices.Device;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.DeviceStatus;
import io.watchfloor.devices.DeviceType;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.Page;
import io.watchfloor.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * The device archive (DEVICE-01). {@link #save} inserts a new device (version 0) as version 1 and
 * updates a stored one only from its stored version, raising
 * {@link io.watchfloor.shared.ConcurrentModification} otherwise, also when a second device would
 * take an asset number or camera id that another already has. Listings are ordered by asset number.
 */
public interface Devices {

    /** Stores {@code device} and returns it with its new version. */
    Device save(Device device);

    /** The device with this id, if stored. */
    Optional<Device> find(DeviceId id);

    /** The device with this id; throws {@link NotFound} when there is none. */
    default Device get(DeviceId id) {
        return find(id).orElseThrow(() -> new NotFound("device", id));
    }

    /** The device with this asset number, if stored. */
    Optional<Device> withAssetNumber(String assetNumber);

    /** The camera device with this camera id, if stored. */
    Optional<Device> withCamera(CameraId camera);

    /** Every device of a type. */
    List<Device> ofType(DeviceType type);

    /** Every device in a status. */
    List<Device> inStatus(DeviceStatus status);

    /** A page of the whole archive. */
    Page<Device> list(PageRequest page);

    /** How many devices the archive holds. */
    long count();
}
