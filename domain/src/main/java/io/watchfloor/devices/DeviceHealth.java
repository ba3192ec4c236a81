package io.watchfloor.devices;

import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A camera's health as last seen by the health monitor (DEVICE-05): each problem it has, since when,
 * and whether it was already turned into a fault report.
 */
public record DeviceHealth(DeviceId device, Instant checkedAt, Map<HealthProblem, Ongoing> problems, Version version) {

    /** A problem going on since {@code since}; {@code faultReported} once it became a fault report. */
    public record Ongoing(Instant since, String detail, boolean faultReported) {
        public Ongoing {
            Objects.requireNonNull(since, "since");
            detail = detail == null ? "" : detail;
        }
    }

    public DeviceHealth {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(version, "version");
        Map<HealthProblem, Ongoing> copy = new EnumMap<>(HealthProblem.class);
        copy.putAll(problems);
        problems = Collections.unmodifiableMap(copy);
    }

    /** A device never checked before. */
    public static DeviceHealth unseen(DeviceId device, Instant at) {
        return new DeviceHealth(device, at, Map.of(), Version.NEW);
    }

    /** Whether no problem is going on. */
    public boolean isHealthy() {
        return problems.isEmpty();
    }

    /** The same health as stored at {@code stored}; used by repository adapters only. */
    public DeviceHealth withVersion(Version stored) {
        return new DeviceHealth(device, checkedAt, problems, stored);
    }
}
