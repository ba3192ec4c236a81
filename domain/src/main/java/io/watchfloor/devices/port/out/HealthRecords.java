package io.watchfloor.devices.port.out;

import io.watchfloor.devices.DeviceHealth;
import io.watchfloor.devices.DeviceId;
import java.util.List;
import java.util.Optional;

/** The last known health of each camera (DEVICE-05), versioned like {@link Devices}. */
public interface HealthRecords {

    /** Stores {@code health} and returns it with its new version. */
    DeviceHealth save(DeviceHealth health);

    /** The health of a device, if it was ever checked. */
    Optional<DeviceHealth> find(DeviceId device);

    /** Every device's health that has a problem going on. */
    List<DeviceHealth> unhealthy();
}
