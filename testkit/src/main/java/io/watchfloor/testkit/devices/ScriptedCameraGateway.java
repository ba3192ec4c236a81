package io.watchfloor.testkit.devices;

import io.watchfloor.devices.CameraEndpoint;
import io.watchfloor.devices.ClockReading;
import io.watchfloor.devices.GatewayError;
import io.watchfloor.devices.GatewayResult;
import io.watchfloor.devices.NetworkAddress;
import io.watchfloor.devices.PictureState;
import io.watchfloor.devices.StorageState;
import io.watchfloor.devices.StreamState;
import io.watchfloor.devices.port.out.CameraGateway;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A {@link CameraGateway} over {@link ScriptedCamera}s in memory, reached by network address;
 * nothing answers at an address without a camera. Reads the given clock for clock readings and
 * scripted changes, so it runs on a simulation's settable clock.
 */
public final class ScriptedCameraGateway implements CameraGateway {

    private final Clock clock;
    private final Map<String, ScriptedCamera> cameras = new HashMap<>();

    /**
     * A gateway with no camera yet.
     *
     * @param clock the time its cameras read
     */
    public ScriptedCameraGateway(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Puts a healthy camera at {@code endpoint}'s address (replacing any there) and returns it.
     *
     * @param endpoint where the camera answers
     * @return the camera, to script
     */
    public synchronized ScriptedCamera install(CameraEndpoint endpoint) {
        ScriptedCamera camera = new ScriptedCamera(endpoint);
        cameras.put(endpoint.address().value(), camera);
        return camera;
    }

    /**
     * {@return the camera at {@code address}; throws when there is none}
     *
     * @param address its network address
     */
    public synchronized ScriptedCamera at(NetworkAddress address) {
        ScriptedCamera camera = cameras.get(address.value());
        if (camera == null) {
            throw new IllegalArgumentException("no scripted camera at " + address);
        }
        return camera;
    }

    private <T> GatewayResult<T> call(CameraEndpoint endpoint, Function<ScriptedCamera, GatewayResult<T>> answer) {
        ScriptedCamera camera;
        synchronized (this) {
            camera = cameras.get(endpoint.address().value());
        }
        if (camera == null) {
            return GatewayResult.failed(new GatewayError.Unreachable("nothing answers at " + endpoint.address()));
        }
        camera.catchUp(clock.instant());
        if (!camera.online()) {
            return GatewayResult.failed(new GatewayError.TimedOut(Duration.ofSeconds(3)));
        }
        if (camera.refusesCredentials()) {
            return GatewayResult.failed(new GatewayError.AuthenticationRefused("the camera refused the credentials of "
                    + endpoint.credentialsReference().map(Object::toString).orElse("no reference")));
        }
        return answer.apply(camera);
    }

    @Override
    public GatewayResult<Duration> ping(CameraEndpoint camera) {
        return call(camera, c -> GatewayResult.ok(Duration.ofMillis(12)));
    }

    @Override
    public GatewayResult<ClockReading> clock(CameraEndpoint camera) {
        return call(camera, c -> {
            Instant now = clock.instant();
            return GatewayResult.ok(new ClockReading(now.plus(c.clockOffset()), now));
        });
    }

    @Override
    public GatewayResult<StreamState> stream(CameraEndpoint camera) {
        return call(camera, c -> GatewayResult.ok(c.streamDown() == null ? StreamState.up() : StreamState.down(c.streamDown())));
    }

    @Override
    public GatewayResult<PictureState> picture(CameraEndpoint camera) {
        return call(camera, c -> c.picture() == null
                ? GatewayResult.failed(new GatewayError.NotSupported("picture analysis"))
                : GatewayResult.ok(new PictureState(c.picture())));
    }

    @Override
    public GatewayResult<StorageState> storage(CameraEndpoint camera) {
        return call(camera, c -> c.storage() == null
                ? GatewayResult.failed(new GatewayError.NotSupported("storage information"))
                : GatewayResult.ok(c.storage()));
    }
}
