package io.watchfloor.adapters.onvif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.adapters.onvif.soap.Credentials;
import io.watchfloor.devices.PictureProblem;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pull-point events: a subscription with a topic filter, pulls, renewals before expiry, and
 * recovery by resubscribing when the camera drops the connection or refuses a renewal; motion,
 * tamper and video loss become observations of the devices context.
 */
@Tag("DEVICE-05")
class EventsTest {

    private final FakeOnvifDevice camera = new FakeOnvifDevice();
    private final OnvifClient client = new OnvifClient(OnvifSettings.defaults().withTimeout(Duration.ofSeconds(5)), Clock.systemUTC());
    private final OnvifDevice device = client.device(URI.create(camera.deviceService()),
            Optional.of(new Credentials(FakeOnvifDevice.USER, FakeOnvifDevice.PASSWORD)));
    private final List<Notification> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        client.close();
        camera.close();
    }

    private static void await(BooleanSupplier condition, Duration within, String what) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    @DisplayName("subscribe with a topic filter, pull the captured notifications, unsubscribe")
    void subscribePullUnsubscribe() {
        OnvifEvents events = device.events();
        camera.raise("tns1:RuleEngine/CellMotionDetector/Motion", "IsMotion", true);

        Subscription s = events.subscribe(Optional.of("tns1:RuleEngine//."), Duration.ofSeconds(60));
        List<Notification> pulled = events.pull(s, Duration.ofSeconds(1), 10);
        events.unsubscribe(s);

        assertEquals("127.0.0.1", s.address().getHost());
        assertEquals(camera.port(), s.address().getPort());
        assertTrue(camera.requestBodies().stream().anyMatch(b -> b.contains("TopicExpression") && b.contains("tns1:RuleEngine//.")));
        assertTrue(pulled.stream().anyMatch(n -> n.topic().equals("RuleEngine/CellMotionDetector/Motion")));
        assertEquals(1, camera.unsubscribes());
    }

    @Test
    @DisplayName("the pump renews a 10-second subscription before it expires, and keeps one subscription while all goes well")
    void renewsBeforeExpiry() throws InterruptedException {
        try (EventPump pump = new EventPump(device, Optional.empty(), Duration.ofSeconds(10), Duration.ofMillis(500), Duration.ofMillis(100),
                received::add, Clock.systemUTC()).start()) {
            await(() -> camera.renewals() >= 1, Duration.ofSeconds(12), "a renewal");
            assertEquals(1, pump.subscriptions());
        }
        assertEquals(1, camera.unsubscribes());
    }

    @Test
    @DisplayName("when the camera drops a pull connection, the pump subscribes again and goes on delivering")
    void droppedConnection() throws InterruptedException {
        camera.dropPullsAfter(Duration.ofMillis(300));
        try (EventPump pump = new EventPump(device, Optional.empty(), Duration.ofSeconds(60), Duration.ofMillis(200), Duration.ofMillis(100),
                received::add, Clock.systemUTC()).start()) {
            await(() -> pump.subscriptions() >= 2, Duration.ofSeconds(10), "a second subscription");
            camera.raise("tns1:VideoSource/SignalLoss", "State", true);
            await(() -> received.stream().anyMatch(n -> n.topic().equals("VideoSource/SignalLoss")), Duration.ofSeconds(10), "the signal loss");
        }
    }

    @Test
    @DisplayName("when the camera refuses a renewal, the pump subscribes again")
    void refusedRenewal() throws InterruptedException {
        camera.refuseRenew();
        try (EventPump pump = new EventPump(device, Optional.empty(), Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofMillis(100),
                received::add, Clock.systemUTC()).start()) {
            await(() -> pump.subscriptions() >= 2, Duration.ofSeconds(10), "a new subscription after the refusal");
            assertEquals(0, pump.renewals());
        }
    }

    @Test
    @DisplayName("motion, tamper and video-loss topics of several vendors become observations; others are ignored")
    void observations() {
        Instant now = Instant.parse("2026-12-04T08:00:00Z");
        var motion = new Notification("RuleEngine/CellMotionDetector/Motion", Optional.empty(), "Changed", Map.of(), Map.of("IsMotion", "true"));
        var axisTamper = new Notification("VideoSource/Tampering", Optional.of(now), "Changed", Map.of(), Map.of("State", "1"));
        var hikTamper = new Notification("RuleEngine/TamperDetector/Tamper", Optional.of(now), "", Map.of(), Map.of("IsTamper", "false"));
        var videoLoss = new Notification("VideoSource/SignalLoss", Optional.of(now), "Initialized", Map.of(), Map.of("State", "true"));
        var other = new Notification("Device/Trigger/DigitalInput", Optional.of(now), "Changed", Map.of(), Map.of("LogicalState", "true"));

        assertEquals(Optional.of(new CameraObservation.Motion(true, now)), CameraObservation.of(motion, now));
        assertEquals(Optional.of(new CameraObservation.Picture(PictureProblem.OBSTRUCTED, true, now)), CameraObservation.of(axisTamper, now));
        assertEquals(Optional.of(new CameraObservation.Picture(PictureProblem.OBSTRUCTED, false, now)), CameraObservation.of(hikTamper, now));
        assertEquals(Optional.of(new CameraObservation.Picture(PictureProblem.NO_SIGNAL, true, now)), CameraObservation.of(videoLoss, now));
        assertEquals(Optional.empty(), CameraObservation.of(other, now));
    }
}
