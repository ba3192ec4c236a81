package io.watchfloor.devices;

/** What can happen to a repair order; each is one {@link RepairStep} of its history. */
public enum RepairAction {
    /** A fault report opened the order, or joined an open one. */
    REPORT,
    /** A technician was assigned (again). */
    ASSIGN,
    /** The assigned technician started the repair. */
    START,
    /** The assigned technician finished the repair. */
    FINISH,
    /** The repair failed its verification and goes back into repair. */
    REJECT,
    /** A technician verified the repair: the order is closed. */
    VERIFY,
    /** A spare was put in to stand in for the faulty device. */
    STAND_IN
}
