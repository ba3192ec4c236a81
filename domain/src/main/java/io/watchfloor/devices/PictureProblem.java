package io.watchfloor.devices;

/** Problems a camera's own picture analysis may report (DEVICE-05). */
public enum PictureProblem {
    /** Out of focus. */
    BLURRED,
    /** Too dark to see. */
    TOO_DARK,
    /** Something covers the lens. */
    OBSTRUCTED,
    /** The scene changed: the camera was moved or re-aimed. */
    SCENE_CHANGED,
    /** The picture does not move. */
    FROZEN,
    /** No video signal. */
    NO_SIGNAL
}
