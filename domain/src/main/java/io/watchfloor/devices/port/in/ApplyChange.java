package io.watchfloor.devices.port.in;

import io.watchfloor.devices.ChangeRequestId;
import io.watchfloor.devices.Device;
import io.watchfloor.people.PersonId;
import jakarta.validation.constraints.NotNull;

/** A technician applies an approved change to the device; the device's history names the request (DEVICE-04). */
public interface ApplyChange {

    /** Applies it and returns the device as stored. */
    Device apply(Command command);

    /** The technician and the approved request. */
    record Command(@NotNull PersonId technician, @NotNull ChangeRequestId request) {
    }
}
