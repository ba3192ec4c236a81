package io.watchfloor.adapters.onvif;

/** A pan, tilt and zoom triple in the device's generic spaces (-1..1 or 0..1). */
public record PtzVector(double pan, double tilt, double zoom) {

    /** No movement. */
    public static final PtzVector ZERO = new PtzVector(0, 0, 0);
}
