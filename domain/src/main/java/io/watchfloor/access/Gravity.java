package io.watchfloor.access;

/** How grave the event is that footage is asked for; a major special event needs the general manager (ACCESS-01). */
public enum Gravity {
    /** An ordinary matter. */
    ORDINARY,
    /** A major special event (重大特殊事件). */
    MAJOR_SPECIAL_EVENT
}
