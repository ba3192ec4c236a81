package io.watchfloor.adapters.onvif;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A reading of the device's clock: its UTC time, our time at the middle of the round trip, and the
 * round trip itself. The skew (device minus us) dates the UsernameToken in the device's time.
 */
public record DeviceTime(Instant deviceTime, Instant readAt, Duration roundTrip) {

    public DeviceTime {
        Objects.requireNonNull(deviceTime, "deviceTime");
        Objects.requireNonNull(readAt, "readAt");
        Objects.requireNonNull(roundTrip, "roundTrip");
    }

    /** How far the device's clock runs ahead of ours (negative: behind). */
    public Duration skew() {
        return Duration.between(readAt, deviceTime);
    }
}
