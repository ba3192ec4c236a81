package io.watchfloor.devices;

/** Kinds of servicing (DEVICE-06). */
public enum ServiceKind {
    /** Lens, housing and fan cleaning. */
    CLEANING,
    /** Scheduled preventive maintenance. */
    PREVENTIVE_MAINTENANCE,
    /** A part replaced. */
    PART_REPLACEMENT,
    /** Focus, clock or picture calibration. */
    CALIBRATION,
    /** A firmware upgrade, recorded with both versions. */
    FIRMWARE_UPGRADE
}
