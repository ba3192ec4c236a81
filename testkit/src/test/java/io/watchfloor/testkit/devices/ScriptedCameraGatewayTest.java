package io.watchfloor.testkit.devices;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.devices.CameraEndpoint;
import io.watchfloor.devices.CredentialsReference;
import io.watchfloor.devices.GatewayError;
import io.watchfloor.devices.NetworkAddress;
import io.watchfloor.shared.CameraId;
import io.watchfloor.testkit.shared.SettableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ScriptedCameraGatewayTest extends CameraGatewayContract {

    private final SettableClock clock = SettableClock.at(Instant.parse("2026-11-23T01:00:00Z"));

    private static CameraEndpoint endpoint(String address) {
        return new CameraEndpoint(CameraId.newId(), new NetworkAddress(address), new CredentialsReference("vault:cctv/cam-1"));
    }

    @Override
    protected Setup newSetup() {
        ScriptedCameraGateway gateway = new ScriptedCameraGateway(clock);
        return new Setup(gateway, gateway.install(endpoint("10.20.0.1:80")));
    }

    @Test
    @Tag("DEVICE-05")
    @DisplayName("nothing answers at an address without a camera; scripted changes happen when the clock reaches them")
    void scripts() {
        ScriptedCameraGateway gateway = new ScriptedCameraGateway(clock);
        ScriptedCamera camera = gateway.install(endpoint("10.20.0.2:80"));
        camera.at(clock.instant().plus(Duration.ofHours(1)), ScriptedCamera::goOffline);

        assertInstanceOf(GatewayError.Unreachable.class, gateway.ping(endpoint("10.20.0.3:80")).failure().orElseThrow());
        assertTrue(gateway.ping(camera.endpoint()).answer().isPresent());
        clock.advance(Duration.ofHours(1));
        assertTrue(gateway.ping(camera.endpoint()).failure().orElseThrow().meansOffline());
    }
}
