package io.watchfloor.access;

import io.watchfloor.shared.CameraId;
import java.util.Objects;

/**
 * One file of exported footage as the archive hands it out (and the {@link io.watchfloor.access.port.out.Masker}
 * returns it): its name, the camera, and its bytes.
 */
public record FootageFile(String name, CameraId camera, byte[] content) {

    public FootageFile {
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(content, "content");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a footage file needs a name");
        }
    }

    /** How many bytes it has. */
    public long size() {
        return content.length;
    }
}
