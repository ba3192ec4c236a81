package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.MediaLocation;
import io.watchfloor.recordings.port.out.RecordingStore;

class InMemoryRecordingStoreTest extends RecordingStoreContract {

    @Override
    protected RecordingStore newStoreHolding(MediaLocation location) {
        InMemoryRecordingStore store = new InMemoryRecordingStore();
        store.write(location);
        return store;
    }
}
