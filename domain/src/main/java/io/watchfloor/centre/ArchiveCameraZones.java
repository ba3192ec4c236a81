package io.watchfloor.centre;

import io.watchfloor.devices.port.out.Devices;
import io.watchfloor.recordings.port.out.CameraZones;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ZoneImportance;
import java.util.Objects;
import java.util.Optional;

/** The recordings context's {@link CameraZones} (RET-02) read from the devices archive: the importance of the zone a camera watches. */
public final class ArchiveCameraZones implements CameraZones {

    private final Devices archive;

    public ArchiveCameraZones(Devices archive) {
        this.archive = Objects.requireNonNull(archive, "archive");
    }

    @Override
    public Optional<ZoneImportance> importanceOf(CameraId camera) {
        return archive.withCamera(camera).map(device -> device.details().zone().importance());
    }
}
