package io.watchfloor.devices;

/** How often an inspection schedule is due (DEVICE-02); the intervals are in {@link DevicePolicy}. */
public enum InspectionFrequency {
    /** At the start of every shift (picture clear, recording on, storage space). */
    AT_SHIFT_START,
    /** Once a week. */
    WEEKLY,
    /** Once a month: the full check. */
    MONTHLY
}
