package io.watchfloor.adapters.onvif.devices;

import io.watchfloor.devices.CameraEndpoint;
import io.watchfloor.devices.ClockReading;
import io.watchfloor.devices.GatewayResult;
import io.watchfloor.devices.PictureState;
import io.watchfloor.devices.StorageState;
import io.watchfloor.devices.StreamState;
import io.watchfloor.devices.port.out.CameraGateway;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Feeds the devices context's health sweep from a parallel poll: give it to the devices module as
 * its {@link CameraGateway}, call {@link #refresh} with the cameras before {@code sweep()}, and the
 * sweep (which asks camera after camera) reads the answers the poll collected, until the next refresh.
 * A camera the last poll did not cover is asked live.
 */
public final class PolledCameraGateway implements CameraGateway {

    private final CameraGateway live;
    private final HealthPoller poller;
    private final Map<CameraEndpoint, CameraHealth> polled = new ConcurrentHashMap<>();

    /** Polls through {@code poller}, asks {@code live} for cameras it did not poll. */
    public PolledCameraGateway(CameraGateway live, HealthPoller poller) {
        this.live = Objects.requireNonNull(live, "live");
        this.poller = Objects.requireNonNull(poller, "poller");
    }

    /** Polls these cameras now, in parallel; returns what it found. */
    public List<CameraHealth> refresh(List<CameraEndpoint> cameras) {
        List<CameraHealth> found = poller.poll(cameras);
        polled.clear();
        found.forEach(h -> polled.put(h.camera(), h));
        return found;
    }

    private <T> GatewayResult<T> answer(CameraEndpoint camera, Function<CameraHealth, GatewayResult<T>> part, Function<CameraEndpoint, GatewayResult<T>> ask) {
        CameraHealth h = polled.get(camera);
        return h == null ? ask.apply(camera) : part.apply(h);
    }

    @Override
    public GatewayResult<Duration> ping(CameraEndpoint camera) {
        return answer(camera, CameraHealth::ping, live::ping);
    }

    @Override
    public GatewayResult<ClockReading> clock(CameraEndpoint camera) {
        return answer(camera, CameraHealth::clock, live::clock);
    }

    @Override
    public GatewayResult<StreamState> stream(CameraEndpoint camera) {
        return answer(camera, CameraHealth::stream, live::stream);
    }

    @Override
    public GatewayResult<PictureState> picture(CameraEndpoint camera) {
        return answer(camera, CameraHealth::picture, live::picture);
    }

    @Override
    public GatewayResult<StorageState> storage(CameraEndpoint camera) {
        return answer(camera, CameraHealth::storage, live::storage);
    }
}
