package io.watchfloor.devices.port.out;

import io.watchfloor.devices.ChangeViolation;
import io.watchfloor.devices.DeviceId;
import java.util.List;

/** Changes seen without approval (DEVICE-04). Append-only, like {@link Inspections}. */
public interface ChangeViolations {

    /** Adds a violation. */
    void add(ChangeViolation violation);

    /** The violations of a device, oldest first. */
    List<ChangeViolation> forDevice(DeviceId device);

    /** Every violation, oldest first. */
    List<ChangeViolation> all();
}
