package io.watchfloor.testkit.recordings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.recordings.MediaLocation;
import io.watchfloor.recordings.StorageArea;
import io.watchfloor.recordings.port.out.RecordingStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RecordingStore} adapter must do. Extend it and supply a store holding media at
 * the given location.
 */
public abstract class RecordingStoreContract {

    /**
     * {@return a store in which media exists at {@code location}}
     *
     * @param location where media exists
     */
    protected abstract RecordingStore newStoreHolding(MediaLocation location);

    @Test
    @DisplayName("deleting media removes it, and deleting it again succeeds")
    void deleteIsIdempotent() {
        MediaLocation location = new MediaLocation(new StorageArea("NVR-01"), "cam/1.mp4");
        RecordingStore store = newStoreHolding(location);
        assertTrue(store.contains(location));

        store.delete(location);
        store.delete(location);

        assertFalse(store.contains(location));
        assertFalse(store.contains(new MediaLocation(new StorageArea("NVR-02"), "cam/1.mp4")));
    }
}
