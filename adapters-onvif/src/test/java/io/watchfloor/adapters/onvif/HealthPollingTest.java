package io.watchfloor.adapters.onvif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.adapters.onvif.FakeOnvifDevice.Misbehaviour;
import io.watchfloor.adapters.onvif.devices.CameraHealth;
import io.watchfloor.adapters.onvif.devices.HealthPoller;
import io.watchfloor.adapters.onvif.devices.OnvifCameraGateway;
import io.watchfloor.adapters.onvif.devices.PolledCameraGateway;
import io.watchfloor.adapters.onvif.soap.Credentials;
import io.watchfloor.devices.CameraEndpoint;
import io.watchfloor.devices.GatewayError;
import io.watchfloor.devices.PictureProblem;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Health polling of many cameras: bounded concurrency, a deadline per camera, and slow cameras that
 * never hold up the others; the poll then answers the devices context's sweep.
 */
@Tag("DEVICE-05")
class HealthPollingTest {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(4);

    private final List<FakeOnvifDevice> cameras = new ArrayList<>();
    private final OnvifClient client = new OnvifClient(OnvifSettings.defaults().withTimeout(CALL_TIMEOUT), Clock.systemUTC());
    private final OnvifCameraGateway gateway = new OnvifCameraGateway(client, CredentialsProvider.of(
            Map.of(FakeOnvifDevice.CREDENTIALS_REFERENCE, new Credentials(FakeOnvifDevice.USER, FakeOnvifDevice.PASSWORD))));

    @AfterEach
    void close() {
        client.close();
        cameras.forEach(FakeOnvifDevice::close);
    }

    private List<CameraEndpoint> twelveCamerasThreeSlow() {
        List<CameraEndpoint> endpoints = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            FakeOnvifDevice camera = new FakeOnvifDevice();
            if (i % 4 == 1) {
                camera.slowness(Duration.ofSeconds(20)).misbehave(Misbehaviour.SLOW).misbehaveOnClockToo();
            }
            cameras.add(camera);
            endpoints.add(camera.endpoint());
        }
        return endpoints;
    }

    @Test
    @DisplayName("twelve cameras, three of them answering after 20 s: the slow ones time out at their deadline, together, and the others are fine")
    void slowCamerasDoNotDelayTheOthers() {
        List<CameraEndpoint> endpoints = twelveCamerasThreeSlow();
        try (HealthPoller poller = new HealthPoller(gateway, 6, Duration.ofSeconds(6))) {
            long start = System.nanoTime();
            List<CameraHealth> health = poller.poll(endpoints);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            for (int i = 0; i < health.size(); i++) {
                CameraHealth h = health.get(i);
                if (i % 4 == 1) {
                    assertInstanceOf(GatewayError.TimedOut.class, h.ping().failure().orElseThrow());
                    assertTrue(h.took().compareTo(Duration.ofMillis(6100)) <= 0, "slow camera took " + h.took());
                } else {
                    assertTrue(h.reachable() && h.stream().answer().orElseThrow().available(), h.toString());
                }
            }
            assertTrue(took.compareTo(CALL_TIMEOUT.multipliedBy(3)) < 0, "one after another, the slow ones alone would take 3 × 4 s; this poll took " + took);
        }
    }

    @Test
    @DisplayName("no more cameras are asked at once than the poller's concurrency")
    void boundedConcurrency() {
        List<CameraEndpoint> endpoints = twelveCamerasThreeSlow();
        var counting = new CountingGateway(gateway);
        try (HealthPoller poller = new HealthPoller(counting, 2, Duration.ofSeconds(6))) {
            poller.poll(endpoints);
        }
        assertTrue(counting.maxAtOnce() <= 2, "at most 2 at once, saw " + counting.maxAtOnce());
    }

    @Test
    @DisplayName("the polled gateway answers the sweep's questions from the poll, so a sequential sweep costs no camera any more time")
    void polledGatewayFeedsTheSweep() {
        List<CameraEndpoint> endpoints = twelveCamerasThreeSlow();
        cameras.get(0).reportPicture(Set.of(PictureProblem.NO_SIGNAL));
        try (HealthPoller poller = new HealthPoller(gateway, 6, Duration.ofSeconds(12))) {
            PolledCameraGateway polled = new PolledCameraGateway(gateway, poller);
            polled.refresh(endpoints);
            int before = cameras.get(1).operations().size();

            long start = System.nanoTime();
            for (CameraEndpoint e : endpoints) {
                polled.ping(e);
                polled.clock(e);
                polled.stream(e);
                polled.picture(e);
                polled.storage(e);
            }
            Duration sweep = Duration.ofNanos(System.nanoTime() - start);

            assertTrue(sweep.toMillis() < 500, "the sweep took " + sweep);
            assertEquals(before, cameras.get(1).operations().size());
            var picture = polled.picture(endpoints.get(0));
            assertEquals(Set.of(PictureProblem.NO_SIGNAL), picture.answer().orElseThrow(() -> new AssertionError(picture.toString())).problems());
            assertTrue(polled.ping(endpoints.get(1)).failure().orElseThrow().meansOffline());
        }
    }

    /** Counts how many calls run at once. */
    private static final class CountingGateway implements io.watchfloor.devices.port.out.CameraGateway {
        private final io.watchfloor.devices.port.out.CameraGateway inner;
        private int now;
        private int max;

        CountingGateway(io.watchfloor.devices.port.out.CameraGateway inner) {
            this.inner = inner;
        }

        private synchronized void enter() {
            now++;
            max = Math.max(max, now);
        }

        private synchronized void leave() {
            now--;
        }

        synchronized int maxAtOnce() {
            return max;
        }

        private <T> T counted(java.util.function.Supplier<T> call) {
            enter();
            try {
                return call.get();
            } finally {
                leave();
            }
        }

        @Override
        public io.watchfloor.devices.GatewayResult<Duration> ping(CameraEndpoint camera) {
            return counted(() -> inner.ping(camera));
        }

        @Override
        public io.watchfloor.devices.GatewayResult<io.watchfloor.devices.ClockReading> clock(CameraEndpoint camera) {
            return counted(() -> inner.clock(camera));
        }

        @Override
        public io.watchfloor.devices.GatewayResult<io.watchfloor.devices.StreamState> stream(CameraEndpoint camera) {
            return counted(() -> inner.stream(camera));
        }

        @Override
        public io.watchfloor.devices.GatewayResult<io.watchfloor.devices.PictureState> picture(CameraEndpoint camera) {
            return counted(() -> inner.picture(camera));
        }

        @Override
        public io.watchfloor.devices.GatewayResult<io.watchfloor.devices.StorageState> storage(CameraEndpoint camera) {
            return counted(() -> inner.storage(camera));
        }
    }
}
