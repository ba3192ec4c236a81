package io.watchfloor.access;

import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.CameraId;
import java.util.Objects;

/**
 * What access needs to know of a camera (ACCESS-02, ACCESS-06): its name, its own access level, the
 * access level of the zone it watches, and whether it is privacy-flagged.
 */
public record CameraProfile(CameraId id, String name, AccessLevel level, AccessLevel zoneLevel, boolean privacyFlagged) {

    public CameraProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(zoneLevel, "zoneLevel");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a camera needs a name");
        }
    }

    /** The level its footage needs: the higher of the camera's and its zone's. */
    public AccessLevel effectiveLevel() {
        return level.covers(zoneLevel) ? level : zoneLevel;
    }
}
