package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.port.out.CameraZones;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ZoneImportance;
import java.util.Map;

class InMemoryCameraZonesTest extends CameraZonesContract {

    @Override
    protected CameraZones zonesWith(Map<CameraId, ZoneImportance> cameras) {
        InMemoryCameraZones zones = new InMemoryCameraZones();
        cameras.forEach(zones::place);
        return zones;
    }
}
