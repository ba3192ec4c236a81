package io.watchfloor.devices;

import java.time.Duration;
import java.util.Objects;

/**
 * The numbers of the DEVICE rules, each with its default and changeable per deployment.
 *
 * @param maxClockDrift a camera clock further off than this is a health problem (DEVICE-05; default 5 s)
 * @param faultAfter a health problem that lasts this long becomes a fault report (DEVICE-05; default 15 min)
 * @param minFreeStoragePercent storage with less free space than this is a health problem (DEVICE-05; default 10 %)
 * @param shiftInspectionEvery how often an at-shift-start inspection is due (DEVICE-02; default 8 h, three shifts a day)
 * @param weeklyInspectionEvery how often a weekly inspection is due (DEVICE-02; default 7 days)
 * @param monthlyInspectionEvery how often a monthly full check is due (DEVICE-02; default 31 days)
 * @param observedChangeWindow how long after an approved change is applied an observed change of the
 *        same kind is taken as that change (DEVICE-04; default 24 h)
 * @param importBatchSize how many imported rows are stored per unit of work (default 500)
 */
public record DevicePolicy(Duration maxClockDrift, Duration faultAfter, int minFreeStoragePercent,
                           Duration shiftInspectionEvery, Duration weeklyInspectionEvery, Duration monthlyInspectionEvery,
                           Duration observedChangeWindow, int importBatchSize) {

    /** The catalogue's defaults. */
    public static final DevicePolicy DEFAULT = new DevicePolicy(Duration.ofSeconds(5), Duration.ofMinutes(15), 10,
            Duration.ofHours(8), Duration.ofDays(7), Duration.ofDays(31), Duration.ofHours(24), 500);

    public DevicePolicy {
        positive("maxClockDrift", maxClockDrift);
        positive("faultAfter", faultAfter);
        positive("shiftInspectionEvery", shiftInspectionEvery);
        positive("weeklyInspectionEvery", weeklyInspectionEvery);
        positive("monthlyInspectionEvery", monthlyInspectionEvery);
        positive("observedChangeWindow", observedChangeWindow);
        if (minFreeStoragePercent < 0 || minFreeStoragePercent > 100) {
            throw new IllegalArgumentException("minFreeStoragePercent must be 0 to 100, was " + minFreeStoragePercent);
        }
        if (importBatchSize < 1 || importBatchSize > 10_000) {
            throw new IllegalArgumentException("importBatchSize must be 1 to 10000, was " + importBatchSize);
        }
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    /** How often an inspection of this frequency is due. */
    public Duration interval(InspectionFrequency frequency) {
        return switch (frequency) {
            case AT_SHIFT_START -> shiftInspectionEvery;
            case WEEKLY -> weeklyInspectionEvery;
            case MONTHLY -> monthlyInspectionEvery;
        };
    }

    public DevicePolicy withMaxClockDrift(Duration value) {
        return new DevicePolicy(value, faultAfter, minFreeStoragePercent, shiftInspectionEvery, weeklyInspectionEvery,
                monthlyInspectionEvery, observedChangeWindow, importBatchSize);
    }

    public DevicePolicy withFaultAfter(Duration value) {
        return new DevicePolicy(maxClockDrift, value, minFreeStoragePercent, shiftInspectionEvery, weeklyInspectionEvery,
                monthlyInspectionEvery, observedChangeWindow, importBatchSize);
    }

    public DevicePolicy withImportBatchSize(int value) {
        return new DevicePolicy(maxClockDrift, faultAfter, minFreeStoragePercent, shiftInspectionEvery, weeklyInspectionEvery,
                monthlyInspectionEvery, observedChangeWindow, value);
    }
}
