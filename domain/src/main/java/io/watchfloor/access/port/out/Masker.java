package io.watchfloor.access.port.out;

import io.watchfloor.access.FootageFile;
import io.watchfloor.access.MaskTarget;
import java.util.Set;

/** Masks faces and number plates in footage (ACCESS-06, ACCESS-11); the deployment provides it. */
public interface Masker {

    /** The file with {@code targets} masked; keeps its name and camera. */
    FootageFile mask(FootageFile file, Set<MaskTarget> targets);
}
