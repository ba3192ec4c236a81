package io.watchfloor.recordings;

/**
 * A storage area with its own capacity, such as one NVR's disks or one volume of the central store.
 * Storage pressure is handled per area: pressure on one never deletes footage on another (RET-07).
 *
 * @param name the area's name as the centre knows it, such as {@code "NVR-03"}
 */
public record StorageArea(String name) {

    public StorageArea {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a storage area needs a name");
        }
        if (name.length() > 200) {
            throw new IllegalArgumentException("a storage area's name has at most 200 characters");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
