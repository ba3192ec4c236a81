package io.watchfloor.adapters.onvif.devices;

import io.watchfloor.devices.CameraEndpoint;
import io.watchfloor.devices.ClockReading;
import io.watchfloor.devices.GatewayResult;
import io.watchfloor.devices.PictureState;
import io.watchfloor.devices.StorageState;
import io.watchfloor.devices.StreamState;
import java.time.Duration;
import java.util.Objects;

/** Everything one poll learned about one camera: the five answers of the {@code CameraGateway} and how long it took. */
public record CameraHealth(CameraEndpoint camera, GatewayResult<Duration> ping, GatewayResult<ClockReading> clock,
                           GatewayResult<StreamState> stream, GatewayResult<PictureState> picture,
                           GatewayResult<StorageState> storage, Duration took) {

    public CameraHealth {
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(ping, "ping");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(took, "took");
    }

    /** Whether the camera answered at all. */
    public boolean reachable() {
        return ping.answer().isPresent();
    }
}
