package io.watchfloor.devices.port.in;

import io.watchfloor.devices.DeviceHealth;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.HealthSweep;
import jakarta.validation.constraints.NotNull;

/**
 * Watches camera health through the {@code CameraGateway} (DEVICE-05): reachability, clock drift
 * (beyond the policy's limit, 5 s by default), stream, picture and storage. A new or cleared problem
 * raises an event; a problem that persists past the policy's time becomes a fault report with a
 * repair order. A scene change seen by the camera is recorded as an observed re-aim (DEVICE-04).
 */
public interface MonitorCameraHealth {

    /** Checks every installed camera that has a network address. */
    HealthSweep sweep();

    /** Checks one camera and returns its health as stored. */
    DeviceHealth check(Command command);

    /** The camera device to check. */
    record Command(@NotNull DeviceId device) {
    }
}
