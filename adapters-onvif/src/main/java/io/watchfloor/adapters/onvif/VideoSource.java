package io.watchfloor.adapters.onvif;

/** A physical video input: token, frame rate (0 when not told) and resolution. */
public record VideoSource(String token, double framerate, int width, int height) {
}
