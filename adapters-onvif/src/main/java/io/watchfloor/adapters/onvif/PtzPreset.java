package io.watchfloor.adapters.onvif;

/** A PTZ preset: token and name. */
public record PtzPreset(String token, String name) {
}
