package io.watchfloor.testkit.access;

import io.watchfloor.access.CameraProfile;
import io.watchfloor.access.port.out.CameraDirectory;
import java.util.List;

class InMemoryCameraDirectoryTest extends CameraDirectoryContract {
    @Override
    protected CameraDirectory directoryWith(List<CameraProfile> cameras) {
        InMemoryCameraDirectory directory = new InMemoryCameraDirectory();
        cameras.forEach(directory::put);
        return directory;
    }
}
