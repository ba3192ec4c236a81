package io.watchfloor.access.port.out;

import io.watchfloor.access.CameraProfile;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.NotFound;
import java.util.Optional;

/** What access needs to know of cameras: their levels and privacy flags (ACCESS-02, ACCESS-06). Served by the devices context. */
public interface CameraDirectory {

    /** The camera's profile, if the camera is known. */
    Optional<CameraProfile> find(CameraId camera);

    /** The camera's profile; throws {@link NotFound} for an unknown camera. */
    default CameraProfile get(CameraId camera) {
        return find(camera).orElseThrow(() -> new NotFound("camera", camera));
    }
}
