package io.watchfloor.devices;

import io.watchfloor.shared.Location;
import java.util.Objects;

/**
 * Where and how a device is installed: its place (WGS-84 and text), the kind of place (DEVICE-07)
 * and, for a camera, what it is aimed at.
 *
 * @param aim what a camera looks at ("gate 3, towards the bus stop"); empty when not aimed
 */
public record Installation(Location location, PlaceClass placeClass, String aim) {

    public Installation {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(placeClass, "placeClass");
        aim = aim == null ? "" : aim.strip();
        if (aim.length() > 200) {
            throw new IllegalArgumentException("an aim has at most 200 characters");
        }
    }

    /** The same place aimed elsewhere. */
    public Installation aimedAt(String newAim) {
        return new Installation(location, placeClass, newAim);
    }
}
