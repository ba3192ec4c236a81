package io.watchfloor.devices;

import java.util.Objects;

/** A camera's storage: capacity, free space and condition. */
public record StorageState(long capacityBytes, long freeBytes, StorageCondition condition) {

    public StorageState {
        Objects.requireNonNull(condition, "condition");
        if (capacityBytes < 0 || freeBytes < 0 || freeBytes > capacityBytes) {
            throw new IllegalArgumentException("storage needs 0 <= free <= capacity, was " + freeBytes + " of " + capacityBytes);
        }
    }

    /** The free space in whole per cent of the capacity (0 when there is no capacity). */
    public int freePercent() {
        return capacityBytes == 0 ? 0 : (int) (freeBytes * 100 / capacityBytes);
    }
}
