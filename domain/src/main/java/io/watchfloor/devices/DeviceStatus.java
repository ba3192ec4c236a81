package io.watchfloor.devices;

/** Where a device stands in its life. */
public enum DeviceStatus {
    /** Installed and working. */
    IN_SERVICE,
    /** A fault is reported and its repair order is not yet verified (listed at handover, SHIFT-04). */
    FAULTY,
    /** Kept in stock to stand in for a faulty device (DEVICE-03). */
    SPARE,
    /** A spare standing in for a faulty device until its repair is verified. */
    STANDING_IN,
    /** Taken out of use for good. */
    RETIRED
}
