package io.watchfloor.recordings.port.out;

import io.watchfloor.recordings.MediaLocation;

/**
 * Where the media lies (NVR disks, a central object store). Not part of the unit of work: deleting
 * media cannot be undone, which is why a destruction is recorded as pending first.
 */
public interface RecordingStore {

    /** Whether media exists at {@code location}. */
    boolean contains(MediaLocation location);

    /**
     * Deletes the media at {@code location}; deleting media already gone succeeds. Throws a runtime
     * exception when the store cannot delete it now.
     */
    void delete(MediaLocation location);
}
