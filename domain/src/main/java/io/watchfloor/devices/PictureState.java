package io.watchfloor.devices;

import java.util.EnumSet;
import java.util.Set;

/** What the camera's picture analysis reports; no problems means a good picture. */
public record PictureState(Set<PictureProblem> problems) {

    public PictureState {
        problems = problems.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(problems));
    }

    /** A good picture. */
    public static PictureState good() {
        return new PictureState(Set.of());
    }

    /** Whether the picture is good. */
    public boolean isGood() {
        return problems.isEmpty();
    }
}
