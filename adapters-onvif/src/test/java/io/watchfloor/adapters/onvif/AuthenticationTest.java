package io.watchfloor.adapters.onvif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.adapters.onvif.FakeOnvifDevice.Auth;
import io.watchfloor.adapters.onvif.soap.Credentials;
import io.watchfloor.adapters.onvif.soap.OnvifException;
import io.watchfloor.adapters.onvif.soap.Soap;
import io.watchfloor.adapters.onvif.soap.SoapClient;
import io.watchfloor.adapters.onvif.soap.UsernameToken;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Authentication is chosen from what the camera asks for: none, WS-UsernameToken digest, HTTP Digest
 * (MD5, SHA-256, a fresh nonce every time), Basic, or a token and Digest together; and the token is
 * dated in the camera's time, so a camera whose clock is an hour off still accepts it.
 */
class AuthenticationTest {

    private static final Credentials GOOD = new Credentials(FakeOnvifDevice.USER, FakeOnvifDevice.PASSWORD);

    private final FakeOnvifDevice camera = new FakeOnvifDevice();
    private final OnvifClient client = new OnvifClient(OnvifSettings.defaults().withTimeout(Duration.ofSeconds(5)), Clock.systemUTC());

    @AfterEach
    void close() {
        client.close();
        camera.close();
    }

    private OnvifDevice device(Optional<Credentials> credentials) {
        return client.device(URI.create(camera.deviceService()), credentials);
    }

    @ParameterizedTest(name = "a camera that wants {0} is answered the way it wants")
    @EnumSource(Auth.class)
    void everyScheme(Auth auth) {
        camera.auth(auth);
        OnvifDevice device = device(Optional.of(GOOD));

        DeviceInformation info = device.deviceInformation();
        device.services();

        assertEquals("Mockup Manufacturer", info.manufacturer());
        List<String> used = camera.authenticatedWith();
        switch (auth) {
            case NONE -> assertTrue(used.isEmpty(), used.toString());
            case USERNAME_TOKEN -> assertTrue(used.stream().allMatch("UsernameToken"::equals) && used.size() == 2, used.toString());
            case DIGEST_MD5 -> assertEquals(List.of("Digest MD5", "Digest MD5"), used);
            case DIGEST_SHA256 -> assertEquals(List.of("Digest SHA-256", "Digest SHA-256"), used);
            case BASIC -> assertEquals(List.of("Basic", "Basic"), used);
            case TOKEN_AND_DIGEST -> assertEquals(List.of("Digest MD5", "UsernameToken", "Digest MD5", "UsernameToken"), used);
        }
    }

    @Test
    @DisplayName("GetSystemDateAndTime goes first and unauthenticated, even to a camera that wants a token for everything else")
    void clockFirstAndUnauthenticated() {
        OnvifDevice device = device(Optional.of(GOOD));

        device.deviceInformation();

        assertEquals(List.of("GetSystemDateAndTime", "GetDeviceInformation"), camera.operations());
        assertTrue(!camera.requestBodies().get(0).contains("UsernameToken"), "the clock call carried a token");
    }

    @Test
    @DisplayName("a camera whose clock is an hour ahead and which allows 5 s of skew accepts the token dated by the measured skew")
    void skewCorrected() {
        camera.setClockOffset(Duration.ofHours(1));
        camera.allowedSkew(Duration.ofSeconds(5));
        OnvifDevice device = device(Optional.of(GOOD));

        device.deviceInformation();

        assertTrue(device.skew().minus(Duration.ofHours(1)).abs().compareTo(Duration.ofSeconds(2)) < 0, "skew " + device.skew());
    }

    @Test
    @DisplayName("without the correction, the same camera refuses a token dated by our own clock (so the correction is what makes it work)")
    void uncorrectedTokenRefused() {
        camera.setClockOffset(Duration.ofHours(1));
        camera.allowedSkew(Duration.ofSeconds(5));
        String envelope = Soap.envelope(UsernameToken.header(GOOD, Instant.now()),
                "<tds:GetDeviceInformation xmlns:tds=\"" + OnvifNamespaces.DEVICE + "\"/>");

        try (SoapClient soap = new SoapClient(4, 1 << 20)) {
            OnvifException e = assertThrows(OnvifException.class, () -> soap.call(URI.create(camera.deviceService()),
                    OnvifNamespaces.DEVICE + "/GetDeviceInformation", envelope, Optional.empty(), Duration.ofSeconds(2)));
            assertInstanceOf(OnvifException.AuthenticationRefused.class, e);
            assertTrue(e.getMessage().contains("too far"), e.getMessage());
        }
    }

    @Test
    @DisplayName("a camera whose clock jumps after the first reading is re-read and the call retried once")
    void clockJumpRetried() {
        OnvifDevice device = device(Optional.of(GOOD));
        device.deviceInformation();
        camera.setClockOffset(Duration.ofMinutes(-30));

        DeviceInformation info = device.deviceInformation();

        assertEquals("Mockup Model", info.model());
        assertTrue(device.skew().plusMinutes(30).abs().compareTo(Duration.ofSeconds(2)) < 0, "skew " + device.skew());
    }

    @Test
    @DisplayName("HTTP Digest with SHA-256 takes a fresh nonce for every call: the camera accepts no nonce twice")
    void changingNonces() {
        camera.auth(Auth.DIGEST_SHA256);
        OnvifDevice device = device(Optional.of(GOOD));

        for (int i = 0; i < 5; i++) {
            device.deviceInformation();
        }

        assertEquals(5, camera.authenticatedWith().size());
    }

    @ParameterizedTest(name = "wrong credentials against {0} are refused, not mistaken for an offline camera")
    @EnumSource(value = Auth.class, names = {"USERNAME_TOKEN", "DIGEST_MD5", "DIGEST_SHA256", "BASIC", "TOKEN_AND_DIGEST"})
    void wrongCredentials(Auth auth) {
        camera.auth(auth);
        OnvifDevice device = device(Optional.of(new Credentials(FakeOnvifDevice.USER, "guess")));

        assertInstanceOf(OnvifException.AuthenticationRefused.class, assertThrows(OnvifException.class, device::deviceInformation));
    }

    @Test
    @DisplayName("a camera that wants credentials refuses a client that has none")
    void noCredentials() {
        camera.auth(Auth.DIGEST_MD5);

        assertInstanceOf(OnvifException.AuthenticationRefused.class, assertThrows(OnvifException.class, device(Optional.empty())::deviceInformation));
    }

    @Test
    @DisplayName("credentials never show their password when printed")
    void passwordHidden() {
        assertTrue(!GOOD.toString().contains(FakeOnvifDevice.PASSWORD));
    }
}
