package io.watchfloor.testkit.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.devices.ClockReading;
import io.watchfloor.devices.GatewayError;
import io.watchfloor.devices.GatewayResult;
import io.watchfloor.devices.PictureProblem;
import io.watchfloor.devices.PictureState;
import io.watchfloor.devices.StorageCondition;
import io.watchfloor.devices.StorageState;
import io.watchfloor.devices.StreamState;
import io.watchfloor.devices.port.out.CameraGateway;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CameraGateway} must do (DEVICE-05). Extend it and supply a gateway and a fresh
 * fake camera it can reach: the in-memory test uses {@link ScriptedCameraGateway}; the ONVIF
 * adapter's test a fake SOAP camera on a loopback socket.
 */
@Tag("DEVICE-05")
public abstract class CameraGatewayContract {

    /** {@return a gateway and one healthy camera it reaches; called once per test} */
    protected abstract Setup newSetup();

    /** {@return how far a clock reading may be off the camera's scripted offset (network and rounding); 1 s by default} */
    protected Duration clockTolerance() {
        return Duration.ofSeconds(1);
    }

    /** A gateway with the camera it reaches. */
    public record Setup(CameraGateway gateway, CameraControl camera) {
    }

    private static <T> T ok(GatewayResult<T> result) {
        assertInstanceOf(GatewayResult.Ok.class, result, () -> "expected an answer, got " + result);
        return result.answer().orElseThrow();
    }

    private static GatewayError failed(GatewayResult<?> result) {
        assertInstanceOf(GatewayResult.Failed.class, result, () -> "expected a failure, got " + result);
        return result.failure().orElseThrow();
    }

    @Test
    @DisplayName("a healthy camera answers every question: reachable, clock in step, stream up, good picture, storage working")
    void healthyCamera() {
        Setup s = newSetup();
        var camera = s.camera().endpoint();

        assertFalse(ok(s.gateway().ping(camera)).isNegative());
        ClockReading clock = ok(s.gateway().clock(camera));
        assertTrue(clock.drift().abs().compareTo(clockTolerance()) <= 0, () -> "drift " + clock.drift());
        assertTrue(ok(s.gateway().stream(camera)).available());
        assertTrue(ok(s.gateway().picture(camera)).isGood());
        assertEquals(StorageCondition.OK, ok(s.gateway().storage(camera)).condition());
    }

    @Test
    @DisplayName("an offline camera fails every call with an error that means offline, and nothing is thrown")
    void offline() {
        Setup s = newSetup();
        s.camera().goOffline();
        var camera = s.camera().endpoint();

        for (GatewayResult<?> result : java.util.List.of(s.gateway().ping(camera), s.gateway().clock(camera), s.gateway().stream(camera),
                s.gateway().picture(camera), s.gateway().storage(camera))) {
            assertTrue(failed(result).meansOffline(), () -> "not an offline error: " + result);
        }
        s.camera().comeBack();
        ok(s.gateway().ping(camera));
    }

    @Test
    @DisplayName("a clock running ahead or behind is read with its drift and sign")
    void clockDrift() {
        Setup s = newSetup();
        var camera = s.camera().endpoint();

        s.camera().setClockOffset(Duration.ofSeconds(12));
        Duration ahead = ok(s.gateway().clock(camera)).drift();
        s.camera().setClockOffset(Duration.ofSeconds(-30));
        Duration behind = ok(s.gateway().clock(camera)).drift();

        assertTrue(ahead.minusSeconds(12).abs().compareTo(clockTolerance()) <= 0, () -> "ahead " + ahead);
        assertTrue(behind.plusSeconds(30).abs().compareTo(clockTolerance()) <= 0, () -> "behind " + behind);
    }

    @Test
    @DisplayName("a stopped stream is reported as unavailable")
    void streamDown() {
        Setup s = newSetup();
        s.camera().stopStream("encoder stopped");

        StreamState stream = ok(s.gateway().stream(s.camera().endpoint()));

        assertFalse(stream.available());
    }

    @Test
    @DisplayName("picture problems come back as reported; a camera without picture analysis says it does not offer it")
    void picture() {
        Setup s = newSetup();
        var camera = s.camera().endpoint();
        s.camera().reportPicture(Set.of(PictureProblem.OBSTRUCTED, PictureProblem.TOO_DARK));

        PictureState picture = ok(s.gateway().picture(camera));
        s.camera().withoutPictureAnalysis();
        GatewayError error = failed(s.gateway().picture(camera));

        assertEquals(Set.of(PictureProblem.OBSTRUCTED, PictureProblem.TOO_DARK), picture.problems());
        assertInstanceOf(GatewayError.NotSupported.class, error);
        assertFalse(error.meansOffline());
    }

    @Test
    @DisplayName("storage capacity, free space and condition come back as they are; a camera without storage says so")
    void storage() {
        Setup s = newSetup();
        var camera = s.camera().endpoint();
        StorageState nearlyFull = new StorageState(128L << 30, 5L << 30, StorageCondition.OK);
        s.camera().setStorage(nearlyFull);

        StorageState read = ok(s.gateway().storage(camera));
        s.camera().withoutStorage();

        assertEquals(nearlyFull, read);
        assertInstanceOf(GatewayError.NotSupported.class, failed(s.gateway().storage(camera)));
    }

    @Test
    @DisplayName("refused credentials are an authentication error, not an offline camera")
    void refusedCredentials() {
        Setup s = newSetup();
        s.camera().refuseCredentials();

        GatewayError error = failed(s.gateway().clock(s.camera().endpoint()));

        assertInstanceOf(GatewayError.AuthenticationRefused.class, error);
        assertFalse(error.meansOffline());
    }
}
