package io.watchfloor.devices;

import java.time.Duration;
import java.util.Objects;

/**
 * Mean time to repair of one device type (DEVICE-03): over the verified repair orders, from the
 * first fault report to the finish of the repair that was verified.
 */
public record RepairTimes(DeviceType type, int verifiedRepairs, Duration mean) {

    public RepairTimes {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mean, "mean");
        if (verifiedRepairs < 1) {
            throw new IllegalArgumentException("a mean needs at least one repair");
        }
    }
}
