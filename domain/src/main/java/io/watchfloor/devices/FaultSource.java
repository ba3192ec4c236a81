package io.watchfloor.devices;

/** Who or what reported a fault. */
public enum FaultSource {
    /** A member of staff (an operator, usually). */
    STAFF,
    /** The health monitor, for a problem that persisted (DEVICE-05). */
    HEALTH_MONITOR
}
