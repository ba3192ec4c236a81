package io.watchfloor.devices;

/** The condition of a camera's own storage (SD card, edge storage). */
public enum StorageCondition {
    /** Working. */
    OK,
    /** Full: recording stops or overwrites. */
    FULL,
    /** Failed: cannot be written. */
    FAILED,
    /** No storage fitted. */
    ABSENT
}
