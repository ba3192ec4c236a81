package io.watchfloor.testkit.centre;

import io.watchfloor.centre.ArchiveCameraZones;
import io.watchfloor.devices.Device;
import io.watchfloor.devices.DeviceDetails;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.Zone;
import io.watchfloor.people.PersonId;
import io.watchfloor.recordings.port.out.CameraZones;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.testkit.devices.DeviceSamples;
import io.watchfloor.testkit.devices.InMemoryDevices;
import io.watchfloor.testkit.recordings.CameraZonesContract;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.time.Instant;
import java.util.Map;

/** The recordings context's camera zones read from the devices archive pass the recordings context's contract. */
class ArchiveCameraZonesTest extends CameraZonesContract {

    @Override
    protected CameraZones zonesWith(Map<CameraId, ZoneImportance> cameras) {
        InMemoryDevices archive = new InMemoryDevices(new InMemoryTransactions());
        int n = 0;
        for (Map.Entry<CameraId, ZoneImportance> camera : cameras.entrySet()) {
            n++;
            DeviceDetails d = DeviceSamples.camera("HP-CAM-" + n, n);
            DeviceDetails inZone = new DeviceDetails(d.assetNumber(), d.type(), d.model(), d.manufacturer(), d.serial(), d.producedOn(),
                    d.purchasedOn(), d.purchaseChannel(), d.installation(), new Zone("Zone " + n, camera.getValue(), AccessLevel.BASIC),
                    d.address(), d.credentials(), d.recording(), d.firmware());
            archive.save(Device.register(DeviceId.newId(), camera.getKey(), inZone, false, Instant.parse("2026-11-23T01:00:00Z"),
                    PersonId.newId()));
        }
        return new ArchiveCameraZones(archive);
    }
}
