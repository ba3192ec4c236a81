package io.watchfloor.testkit.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.recordings.port.out.CameraZones;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ZoneImportance;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CameraZones} must answer (RET-02), for the devices archive's bridge and any
 * deployment's own: each known camera's zone importance as recorded, nothing for an unknown camera.
 */
@Tag("RET-02")
public abstract class CameraZonesContract {

    /** Zones that know exactly these cameras, each watching a zone of the given importance. */
    protected abstract CameraZones zonesWith(Map<CameraId, ZoneImportance> cameras);

    @Test
    @DisplayName("a known camera answers the importance of the zone it watches")
    void knownCameras() {
        CameraId crossing = CameraId.newId();
        CameraId metro = CameraId.newId();
        Map<CameraId, ZoneImportance> cameras = new LinkedHashMap<>();
        cameras.put(crossing, ZoneImportance.ORDINARY);
        cameras.put(metro, ZoneImportance.IMPORTANT);
        CameraZones zones = zonesWith(cameras);

        assertEquals(Optional.of(ZoneImportance.ORDINARY), zones.importanceOf(crossing));
        assertEquals(Optional.of(ZoneImportance.IMPORTANT), zones.importanceOf(metro));
    }

    @Test
    @DisplayName("an unknown camera has no zone")
    void unknownCamera() {
        CameraZones zones = zonesWith(Map.of(CameraId.newId(), ZoneImportance.IMPORTANT));

        assertTrue(zones.importanceOf(CameraId.newId()).isEmpty());
    }
}
