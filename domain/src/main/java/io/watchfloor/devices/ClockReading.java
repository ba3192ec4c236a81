package io.watchfloor.devices;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A camera's clock read by the gateway: the camera's time and the gateway's own time at the reading.
 * Footage with a wrong clock is weak evidence (DEVICE-05).
 */
public record ClockReading(Instant cameraTime, Instant readAt) {

    public ClockReading {
        Objects.requireNonNull(cameraTime, "cameraTime");
        Objects.requireNonNull(readAt, "readAt");
    }

    /** How far the camera's clock is off: positive when it runs ahead. */
    public Duration drift() {
        return Duration.between(readAt, cameraTime);
    }
}
