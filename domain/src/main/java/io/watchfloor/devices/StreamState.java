package io.watchfloor.devices;

/** Whether the camera's main stream can be opened, and what was seen. */
public record StreamState(boolean available, String detail) {

    public StreamState {
        detail = detail == null ? "" : detail;
    }

    /** The stream plays. */
    public static StreamState up() {
        return new StreamState(true, "");
    }

    /** The stream does not play, for this reason. */
    public static StreamState down(String why) {
        return new StreamState(false, why);
    }
}
