package io.watchfloor.centre;

import io.watchfloor.access.CameraProfile;
import io.watchfloor.access.port.out.CameraDirectory;
import io.watchfloor.devices.Device;
import io.watchfloor.devices.port.out.Devices;
import io.watchfloor.shared.CameraId;
import java.util.Objects;
import java.util.Optional;

/**
 * The access context's {@link CameraDirectory} (ACCESS-02) read from the devices archive: a camera is
 * named by its zone and asset number and carries its zone's access level. The archive records no
 * level of the camera's own and no privacy flag yet, so a camera's own level is its zone's and no
 * camera is privacy-flagged (ACCESS-06 masks nothing by this directory).
 */
public final class ArchiveCameraDirectory implements CameraDirectory {

    private final Devices archive;

    public ArchiveCameraDirectory(Devices archive) {
        this.archive = Objects.requireNonNull(archive, "archive");
    }

    @Override
    public Optional<CameraProfile> find(CameraId camera) {
        return archive.withCamera(camera).map(device -> profile(camera, device));
    }

    private static CameraProfile profile(CameraId camera, Device device) {
        var zone = device.details().zone();
        return new CameraProfile(camera, zone.name() + " (" + device.details().assetNumber() + ")", zone.accessLevel(), zone.accessLevel(),
                false);
    }
}
