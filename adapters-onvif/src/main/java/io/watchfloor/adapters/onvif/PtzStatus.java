package io.watchfloor.adapters.onvif;

/** Where the PTZ head is, and whether it moves ({@code IDLE}, {@code MOVING}, {@code UNKNOWN} as the device writes it). */
public record PtzStatus(PtzVector position, String panTiltMove, String zoomMove, String error) {
}
