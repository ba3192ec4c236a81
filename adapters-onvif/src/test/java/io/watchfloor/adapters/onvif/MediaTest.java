package io.watchfloor.adapters.onvif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.adapters.onvif.FakeOnvifDevice.Auth;
import io.watchfloor.adapters.onvif.soap.Credentials;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Profiles, stream and snapshot URIs from Media2 where the camera offers it, else Media; service
 * and media addresses that point at the camera's private address are rewritten to the one it was
 * reached at (NAT); snapshots download with Digest.
 */
class MediaTest {

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
    @DisplayName("the services the camera lists at 192.168.68.111 are reached at 127.0.0.1 and its real port (NAT)")
    void servicesRewritten() {
        Services services = device.services();

        URI media = services.address(OnvifNamespaces.MEDIA).orElseThrow();
        assertEquals("127.0.0.1", media.getHost());
        assertEquals(camera.port(), media.getPort());
        assertEquals("/onvif/services", media.getPath());
        assertTrue(services.offers(OnvifNamespaces.PTZ) && services.offers(OnvifNamespaces.EVENTS));
    }

    @Test
    @DisplayName("with rewriting off, the addresses are kept as the camera answered them")
    void rewritingOff() {
        try (OnvifClient trusting = new OnvifClient(OnvifSettings.defaults().withRewriteAddresses(false), Clock.systemUTC())) {
            OnvifDevice d = trusting.device(URI.create(camera.deviceService()), Optional.of(new Credentials(FakeOnvifDevice.USER, FakeOnvifDevice.PASSWORD)));
            assertEquals("192.168.68.111", d.services().address(OnvifNamespaces.MEDIA).orElseThrow().getHost());
        }
    }

    @Test
    @DisplayName("a camera without GetServices is asked GetCapabilities instead")
    void capabilitiesFallback() {
        camera.withoutGetServices();

        Services services = device.services();

        assertTrue(services.offers(OnvifNamespaces.MEDIA) && services.offers(OnvifNamespaces.PTZ) && services.offers(OnvifNamespaces.EVENTS));
        assertTrue(camera.operations().contains("GetCapabilities"));
    }

    @Test
    @DisplayName("Media1: the captured profile, its RTSP URI rewritten to the camera's host with the RTSP port kept, and its snapshot URI")
    void media1() {
        List<MediaProfile> profiles = device.profiles();
        URI stream = device.streamUri("main");
        URI snapshot = device.snapshotUri("main");

        assertEquals(List.of(new MediaProfile("main", "main", "vidsrc0", "H264", 1920, 1080, true)), profiles);
        assertEquals("rtsp", stream.getScheme());
        assertEquals("127.0.0.1", stream.getHost());
        assertEquals("/h264main", stream.getPath());
        assertEquals("127.0.0.1", snapshot.getHost());
        assertEquals(camera.port(), snapshot.getPort());
        assertEquals("resolution=800x600&compression=20&camera=1", snapshot.getQuery());
        assertTrue(camera.operations().contains("GetStreamUri"));
    }

    @Test
    @DisplayName("Media2 is preferred where the camera offers it")
    void media2() {
        camera.withMedia2();

        List<MediaProfile> profiles = device.profiles();
        URI stream = device.streamUri(profiles.get(0).token());

        assertEquals(new MediaProfile("Profile_1", "mainStream", "VideoSource_1", "H265", 3840, 2160, true), profiles.get(0));
        assertEquals("/media2/main", stream.getPath());
        assertTrue(camera.requestBodies().stream().anyMatch(b -> b.contains(OnvifNamespaces.MEDIA2) && b.contains("GetStreamUri")));
    }

    @Test
    @DisplayName("a snapshot downloads with HTTP Digest when the camera asks for it")
    void snapshot() {
        camera.auth(Auth.DIGEST_SHA256);

        byte[] jpeg = device.snapshot("main");

        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}, jpeg);
        assertTrue(camera.authenticatedWith().contains("Digest SHA-256"));
    }

    @Test
    @DisplayName("the video sources, device information and scopes come back as the camera tells them")
    void sourcesAndInformation() {
        assertEquals(List.of(new VideoSource("vidsrc0", 30, 1920, 1080)), device.videoSources());
        assertEquals("00000000", device.deviceInformation().serialNumber());
        assertEquals(List.of("onvif://www.onvif.org/name/Gate%20camera", "onvif://www.onvif.org/location/Pudong"), device.scopes());
    }
}
