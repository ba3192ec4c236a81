package io.watchfloor.adapters.onvif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.adapters.onvif.soap.Credentials;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PTZ: moves, stop, status, presets and home, against the captured PTZ answers. */
class PtzTest {

    private final FakeOnvifDevice camera = new FakeOnvifDevice();
    private final OnvifClient client = new OnvifClient(OnvifSettings.defaults().withTimeout(Duration.ofSeconds(5)), Clock.systemUTC());
    private final OnvifPtz ptz = client.device(URI.create(camera.deviceService()),
            Optional.of(new Credentials(FakeOnvifDevice.USER, FakeOnvifDevice.PASSWORD))).ptz();

    @AfterEach
    void close() {
        client.close();
        camera.close();
    }

    @Test
    @DisplayName("continuous, absolute and relative moves and a stop reach the camera with their vectors")
    void moves() {
        ptz.continuousMove("main", new PtzVector(0.5, -0.25, 0), Optional.of(Duration.ofSeconds(2)));
        ptz.absoluteMove("main", new PtzVector(0.1, 0.2, 0.3));
        ptz.relativeMove("main", new PtzVector(-0.1, 0, 0.05));
        ptz.stop("main");

        assertTrue(camera.operations().containsAll(List.of("ContinuousMove", "AbsoluteMove", "RelativeMove", "Stop")));
        String continuous = camera.requestBodies().stream().filter(b -> b.contains("ContinuousMove")).findFirst().orElseThrow();
        assertTrue(continuous.contains("x=\"0.5\" y=\"-0.25\"") && continuous.contains("<tptz:Timeout>PT2S</tptz:Timeout>"), continuous);
    }

    @Test
    @DisplayName("status reads position and move state")
    void status() {
        PtzStatus status = ptz.status("main");

        assertEquals(new PtzVector(0.25, -0.5, 0.1), status.position());
        assertEquals("IDLE", status.panTiltMove());
    }

    @Test
    @DisplayName("presets: listed, set (the camera's token comes back), gone to and removed; home set and gone to")
    void presetsAndHome() {
        List<PtzPreset> before = ptz.presets("main");
        String token = ptz.setPreset("main", "Car park <east>");
        ptz.gotoPreset("main", token);
        List<PtzPreset> during = ptz.presets("main");
        ptz.removePreset("main", token);
        ptz.setHome("main");
        ptz.gotoHome("main");

        assertEquals(List.of(new PtzPreset("1", "Gate")), before);
        assertEquals("20", token);
        assertTrue(during.contains(new PtzPreset("20", "Car park <east>")));
        assertEquals(List.of(new PtzPreset("1", "Gate")), ptz.presets("main"));
        assertTrue(camera.operations().containsAll(List.of("GotoPreset", "RemovePreset", "SetHomePosition", "GotoHomePosition")));
    }
}
