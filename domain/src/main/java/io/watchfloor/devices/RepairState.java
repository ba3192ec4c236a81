package io.watchfloor.devices;

/** The states of a repair order (DEVICE-03): reported → assigned → in repair → repaired → verified. */
public enum RepairState {
    REPORTED, ASSIGNED, IN_REPAIR, REPAIRED, VERIFIED;

    /** Whether the repair is still going on. */
    public boolean isOpen() {
        return this != VERIFIED;
    }

    /** The state as said in a sentence: "in repair". */
    public String title() {
        return name().toLowerCase().replace('_', ' ');
    }
}
