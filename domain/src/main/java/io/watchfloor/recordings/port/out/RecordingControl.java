package io.watchfloor.recordings.port.out;

import io.watchfloor.shared.CameraId;

/** Starts and stops cameras recording (served by the devices context or the NVR gateway). */
public interface RecordingControl {

    /** Stops {@code camera} recording, saying why (RET-10). */
    void stopRecording(CameraId camera, String reason);
}
