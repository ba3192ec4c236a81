package io.watchfloor.devices.port.out;

import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.RepairOrder;
import io.watchfloor.devices.RepairOrderId;
import io.watchfloor.shared.NotFound;
import java.util.List;
import java.util.Optional;

/** The repair orders (DEVICE-03), versioned like {@link Devices}; listings ordered by the time reported. */
public interface RepairOrders {

    /** Stores {@code order} and returns it with its new version. */
    RepairOrder save(RepairOrder order);

    /** The order with this id, if stored. */
    Optional<RepairOrder> find(RepairOrderId id);

    /** The order with this id; throws {@link NotFound} when there is none. */
    default RepairOrder get(RepairOrderId id) {
        return find(id).orElseThrow(() -> new NotFound("repair order", id));
    }

    /** The open (not verified) order of a device, if any; a device has at most one. */
    Optional<RepairOrder> openFor(DeviceId device);

    /** Every open order. */
    List<RepairOrder> open();

    /** Every order. */
    List<RepairOrder> all();
}
