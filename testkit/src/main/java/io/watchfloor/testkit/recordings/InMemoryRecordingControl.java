package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.port.out.RecordingControl;
import io.watchfloor.shared.CameraId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Remembers which cameras were stopped and why, in place of the devices context. */
public final class InMemoryRecordingControl implements RecordingControl {

    private final Map<CameraId, String> stopped = new LinkedHashMap<>();

    @Override
    public synchronized void stopRecording(CameraId camera, String reason) {
        stopped.put(camera, reason);
    }

    /** {@return the cameras stopped so far, with the reason} */
    public synchronized Map<CameraId, String> stopped() {
        return Map.copyOf(stopped);
    }
}
