package io.watchfloor.testkit.access;

import io.watchfloor.access.CameraProfile;
import io.watchfloor.access.port.out.CameraDirectory;
import io.watchfloor.shared.CameraId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Camera levels and privacy flags set by a test or simulation (served by the devices context in a deployment). */
public final class InMemoryCameraDirectory implements CameraDirectory {

    private final Map<CameraId, CameraProfile> cameras = new ConcurrentHashMap<>();

    /**
     * Adds or replaces a camera's profile; returns it.
     *
     * @param profile the camera's profile
     * @return the profile
     */
    public CameraProfile put(CameraProfile profile) {
        cameras.put(profile.id(), profile);
        return profile;
    }

    @Override
    public Optional<CameraProfile> find(CameraId camera) {
        return Optional.ofNullable(cameras.get(camera));
    }

    /** {@return every camera, ordered by name} */
    public List<CameraProfile> all() {
        return cameras.values().stream().sorted(java.util.Comparator.comparing(CameraProfile::name)).toList();
    }
}
