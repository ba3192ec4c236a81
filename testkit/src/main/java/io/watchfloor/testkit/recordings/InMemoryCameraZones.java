package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.port.out.CameraZones;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ZoneImportance;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Cameras' zone importance, set by a test or the composition root in place of the devices context. */
public final class InMemoryCameraZones implements CameraZones {

    private final Map<CameraId, ZoneImportance> zones = new ConcurrentHashMap<>();

    /**
     * Places {@code camera} in a zone of {@code importance}; returns this.
     *
     * @param camera the camera
     * @param importance its zone's importance
     * @return this
     */
    public InMemoryCameraZones place(CameraId camera, ZoneImportance importance) {
        zones.put(camera, importance);
        return this;
    }

    /**
     * {@return a new camera in a zone of {@code importance}}
     *
     * @param importance its zone's importance
     */
    public CameraId newCamera(ZoneImportance importance) {
        CameraId camera = CameraId.newId();
        place(camera, importance);
        return camera;
    }

    @Override
    public Optional<ZoneImportance> importanceOf(CameraId camera) {
        return Optional.ofNullable(zones.get(camera));
    }
}
