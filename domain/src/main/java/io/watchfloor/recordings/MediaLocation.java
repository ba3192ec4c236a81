package io.watchfloor.recordings;

import java.util.Objects;

/**
 * Where a segment's media lies: its storage area and its path inside the area (RET-01).
 *
 * @param area the storage area
 * @param path the file, object key or NVR track inside the area
 */
public record MediaLocation(StorageArea area, String path) {

    public MediaLocation {
        Objects.requireNonNull(area, "area");
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a media location needs a path");
        }
    }

    @Override
    public String toString() {
        return area.name() + ":" + path;
    }
}
