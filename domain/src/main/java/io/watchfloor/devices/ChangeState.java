package io.watchfloor.devices;

/** The states of a change request (DEVICE-04): requested, then approved and applied, or rejected. */
public enum ChangeState {
    REQUESTED, APPROVED, REJECTED, APPLIED;

    /** The state as said in a sentence. */
    public String title() {
        return name().toLowerCase();
    }
}
