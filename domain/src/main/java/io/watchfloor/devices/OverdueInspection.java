package io.watchfloor.devices;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An inspection that is due and not done (DEVICE-02): which device, which schedule, since when.
 *
 * @param lastDone when it was last inspected under this schedule, or {@code null} if never
 */
public record OverdueInspection(DeviceId device, String assetNumber, InspectionScheduleId schedule, String scheduleName,
                                Instant lastDone, Instant dueAt, Duration overdueBy) {

    public OverdueInspection {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(dueAt, "dueAt");
        if (overdueBy.isNegative()) {
            throw new IllegalArgumentException("an overdue inspection is overdue by a positive time");
        }
    }
}
