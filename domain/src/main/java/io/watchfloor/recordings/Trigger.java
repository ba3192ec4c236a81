package io.watchfloor.recordings;

/** Why a camera recorded a segment (RET-01); a policy may keep some triggers longer. */
public enum Trigger {
    /** Recording around the clock (连续录像). */
    CONTINUOUS,
    /** Recording started by motion detection (移动侦测). */
    MOTION,
    /** Recording started by an alarm input or analytics event (报警录像). */
    ALARM
}
