package io.watchfloor.recordings.port.out;

import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ZoneImportance;
import java.util.Optional;

/** The importance of each camera's zone (owned by the devices context), which sets its minimum retention (RET-02). */
public interface CameraZones {

    /** The importance of {@code camera}'s zone, or empty for an unknown camera. */
    Optional<ZoneImportance> importanceOf(CameraId camera);
}
