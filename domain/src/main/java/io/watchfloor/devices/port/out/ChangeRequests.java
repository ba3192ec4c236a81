package io.watchfloor.devices.port.out;

import io.watchfloor.devices.ChangeRequest;
import io.watchfloor.devices.ChangeRequestId;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.shared.NotFound;
import java.util.List;
import java.util.Optional;

/** The change requests (DEVICE-04), versioned like {@link Devices}; listings ordered by the time requested. */
public interface ChangeRequests {

    /** Stores {@code request} and returns it with its new version. */
    ChangeRequest save(ChangeRequest request);

    /** The request with this id, if stored. */
    Optional<ChangeRequest> find(ChangeRequestId id);

    /** The request with this id; throws {@link NotFound} when there is none. */
    default ChangeRequest get(ChangeRequestId id) {
        return find(id).orElseThrow(() -> new NotFound("change request", id));
    }

    /** The requests about a device. */
    List<ChangeRequest> forDevice(DeviceId device);

    /** Every request. */
    List<ChangeRequest> all();
}
