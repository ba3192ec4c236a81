package io.watchfloor.devices;

import io.watchfloor.shared.RuleViolation;

/** DEVICE-07: a camera may not record in a prohibited place. */
public class ProhibitedPlace extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public ProhibitedPlace(String assetNumber, PlaceClass place) {
        super("DEVICE-07", "camera " + assetNumber + " may not record in a " + place.title()
                + ": no camera may record where it can film or overhear private life");
    }
}
