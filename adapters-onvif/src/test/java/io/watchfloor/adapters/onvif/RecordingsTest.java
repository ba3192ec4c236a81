package io.watchfloor.adapters.onvif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.adapters.onvif.soap.Credentials;
import io.watchfloor.adapters.onvif.soap.OnvifException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Profile G: recordings, a search, the summary and a replay URI, so an NVR's segments can be registered. */
class RecordingsTest {

    private final FakeOnvifDevice camera = new FakeOnvifDevice();
    private final OnvifClient client = new OnvifClient(OnvifSettings.defaults().withTimeout(Duration.ofSeconds(5)), Clock.systemUTC());
    private final OnvifDevice device = client.device(URI.create(camera.deviceService()),
            Optional.of(new Credentials(FakeOnvifDevice.USER, FakeOnvifDevice.PASSWORD)));

    @AfterEach
    void close() {
        client.close();
        camera.close();
    }

    @Test
    @DisplayName("an NVR with Profile G lists its recordings, finds them with their spans, sums them up and gives a replay URI")
    void profileG() {
        camera.withProfileG();
        OnvifRecordings recordings = device.recordings();

        List<Recording> listed = recordings.recordings();
        List<Recording> found = recordings.find(Duration.ofSeconds(5));
        RecordingSummary summary = recordings.summary();
        URI replay = recordings.replayUri("rec-1");

        assertEquals("rec-1", listed.get(0).token());
        assertEquals("Gate", listed.get(0).sourceName());
        assertEquals(Optional.of(Instant.parse("2026-12-01T00:00:00Z")), found.get(0).earliest());
        assertEquals(Optional.of(Instant.parse("2026-12-04T08:00:00Z")), found.get(0).latest());
        assertEquals(1, summary.numberRecordings());
        assertEquals("127.0.0.1", replay.getHost());
        assertEquals("/replay/rec-1", replay.getPath());
        assertTrue(camera.operations().contains("EndSearch"));
    }

    @Test
    @DisplayName("a camera without Profile G says it does not offer it")
    void withoutProfileG() {
        OnvifException.Fault fault = (OnvifException.Fault) assertThrows(OnvifException.class, device::recordings);
        assertInstanceOf(OnvifException.Fault.class, fault);
        assertTrue(fault.meansNotSupported());
    }
}
