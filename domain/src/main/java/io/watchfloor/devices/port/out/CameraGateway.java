package io.watchfloor.devices.port.out;

import io.watchfloor.devices.CameraEndpoint;
import io.watchfloor.devices.ClockReading;
import io.watchfloor.devices.GatewayResult;
import io.watchfloor.devices.PictureState;
import io.watchfloor.devices.StorageState;
import io.watchfloor.devices.StreamState;
import java.time.Duration;

/**
 * The cameras themselves, as the health monitor sees them (DEVICE-05); the ONVIF adapter implements
 * it, testkit has a scripted in-memory camera, and every implementation passes
 * {@code io.watchfloor.testkit.devices.CameraGatewayContract}. Every call answers with a
 * {@link GatewayResult}: a value, or a typed {@link io.watchfloor.devices.GatewayError}; no call
 * throws a checked exception, and none blocks longer than the adapter's own timeout.
 */
public interface CameraGateway {

    /** Whether the camera answers, and how fast; an offline camera fails with {@code Unreachable} or {@code TimedOut}. */
    GatewayResult<Duration> ping(CameraEndpoint camera);

    /** The camera's clock against the gateway's own. */
    GatewayResult<ClockReading> clock(CameraEndpoint camera);

    /** Whether the camera's main stream can be opened. */
    GatewayResult<StreamState> stream(CameraEndpoint camera);

    /** The camera's own picture analysis; {@code NotSupported} where the camera does not offer it. */
    GatewayResult<PictureState> picture(CameraEndpoint camera);

    /** The camera's own storage; {@code NotSupported} where the camera does not offer it. */
    GatewayResult<StorageState> storage(CameraEndpoint camera);
}
