package io.watchfloor.access;

/** What a {@link io.watchfloor.access.port.out.Masker} hides in footage (ACCESS-06, ACCESS-11). */
public enum MaskTarget {
    /** People's faces. */
    FACES,
    /** Vehicles' number plates. */
    NUMBER_PLATES
}
