package io.watchfloor.adapters.onvif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.adapters.onvif.FakeOnvifDevice.Misbehaviour;
import io.watchfloor.adapters.onvif.devices.OnvifCameraGateway;
import io.watchfloor.adapters.onvif.soap.Credentials;
import io.watchfloor.adapters.onvif.soap.OnvifException;
import io.watchfloor.adapters.onvif.soap.SafeXml;
import io.watchfloor.devices.GatewayError;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a broken or hostile camera sends never hangs the client, never exhausts its memory and never
 * leaks a raw exception: each becomes a typed error that says what happened. Over real sockets.
 */
@Tag("DEVICE-05")
class HostileAnswersTest {

    private final FakeOnvifDevice camera = new FakeOnvifDevice();
    private final OnvifClient client = new OnvifClient(OnvifSettings.defaults().withTimeout(Duration.ofSeconds(5)), Clock.systemUTC());
    private final OnvifDevice device = client.device(URI.create(camera.deviceService()),
            Optional.of(new Credentials(FakeOnvifDevice.USER, FakeOnvifDevice.PASSWORD)));

    @AfterEach
    void close() {
        client.close();
        camera.close();
    }

    private OnvifException failureOf(Misbehaviour how) {
        camera.misbehave(how);
        return assertThrows(OnvifException.class, device::deviceInformation);
    }

    @Test
    @DisplayName("a billion-laughs answer is refused at its DOCTYPE, at once")
    void billionLaughs() {
        long start = System.nanoTime();
        OnvifException e = failureOf(Misbehaviour.DTD_BILLION_LAUGHS);
        assertInstanceOf(OnvifException.MalformedAnswer.class, e);
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5000);
    }

    @Test
    @DisplayName("an answer naming an external entity (file:///etc/passwd) is refused without reading it")
    void externalEntity() {
        OnvifException e = failureOf(Misbehaviour.EXTERNAL_ENTITY);
        assertInstanceOf(OnvifException.MalformedAnswer.class, e);
        assertTrue(!e.getMessage().contains("root:"), e.getMessage());
    }

    @Test
    @DisplayName("a 100 MB answer is cut off at the size limit instead of being read into memory")
    void hugeBody() {
        long start = System.nanoTime();
        OnvifException e = failureOf(Misbehaviour.HUGE_BODY);
        assertInstanceOf(OnvifException.MalformedAnswer.class, e);
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5000, "took too long");
    }

    @Test
    @DisplayName("100,000 nested elements are refused by the depth limit")
    void deepNesting() {
        assertInstanceOf(OnvifException.MalformedAnswer.class, failureOf(Misbehaviour.DEEP_NESTING));
    }

    @Test
    @DisplayName("JSON where SOAP belongs is a malformed answer")
    void notXml() {
        assertInstanceOf(OnvifException.MalformedAnswer.class, failureOf(Misbehaviour.NOT_XML));
    }

    @Test
    @DisplayName("an HTML 401 page is a refusal of the credentials, not a parse error")
    void html401() {
        OnvifException e = failureOf(Misbehaviour.HTML_401);
        assertInstanceOf(OnvifException.AuthenticationRefused.class, e);
        assertTrue(e.getMessage().contains("401"), e.getMessage());
    }

    @Test
    @DisplayName("SOAP faults become typed faults with code, subcode and reason, under HTTP 400, 500 and 200 alike")
    void faultsUnderAnyStatus() {
        OnvifException.Fault under400 = (OnvifException.Fault) failureOf(Misbehaviour.FAULT_400);
        OnvifException.Fault under500 = (OnvifException.Fault) failureOf(Misbehaviour.FAULT_500);
        OnvifException.Fault under200 = (OnvifException.Fault) failureOf(Misbehaviour.FAULT_200);

        assertEquals(400, under400.httpStatus());
        assertEquals("Sender", under400.code());
        assertEquals("InvalidArgVal", under400.subcode());
        assertEquals("The argument value is invalid", under400.reason());
        assertEquals(500, under500.httpStatus());
        assertTrue(under500.meansNotSupported());
        assertEquals(200, under200.httpStatus());
        assertEquals("Receiver", under200.code());
    }

    @Test
    @DisplayName("a camera that answers after 10 s is a timeout at the deadline, not a hang")
    void slowAnswer() {
        camera.slowness(Duration.ofSeconds(10)).misbehave(Misbehaviour.SLOW).misbehaveOnClockToo();
        try (OnvifClient impatient = new OnvifClient(OnvifSettings.defaults().withTimeout(Duration.ofMillis(1500)), Clock.systemUTC())) {
            OnvifDevice slow = impatient.device(URI.create(camera.deviceService()), Optional.empty());
            long start = System.nanoTime();
            OnvifException e = assertThrows(OnvifException.class, slow::systemDateAndTime);
            long tookMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

            assertInstanceOf(OnvifException.TimedOut.class, e);
            assertTrue(tookMillis >= 1400 && tookMillis < 4000, "took " + tookMillis + " ms");
        }
    }

    @Test
    @DisplayName("a refused connection is an unreachable camera, and the gateway says it is offline")
    void refusedConnection() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        OnvifDevice nobody = client.device(URI.create("http://127.0.0.1:" + closedPort + "/onvif/device_service"), Optional.empty());
        assertInstanceOf(OnvifException.Unreachable.class, assertThrows(OnvifException.class, nobody::systemDateAndTime));

        var gateway = new OnvifCameraGateway(client, CredentialsProvider.of(Map.of()));
        var endpoint = new io.watchfloor.devices.CameraEndpoint(io.watchfloor.shared.CameraId.newId(),
                new io.watchfloor.devices.NetworkAddress("127.0.0.1:" + closedPort), null);
        GatewayError error = gateway.ping(endpoint).failure().orElseThrow();
        assertTrue(error.meansOffline(), error.toString());
    }

    @Test
    @DisplayName("the gateway turns hostile answers into protocol errors and never throws")
    void gatewayNeverThrows() {
        var gateway = new OnvifCameraGateway(client, CredentialsProvider.of(
                Map.of(FakeOnvifDevice.CREDENTIALS_REFERENCE, new Credentials(FakeOnvifDevice.USER, FakeOnvifDevice.PASSWORD))));
        camera.misbehave(Misbehaviour.DTD_BILLION_LAUGHS).misbehaveOnClockToo();

        GatewayError error = gateway.clock(camera.endpoint()).failure().orElseThrow();

        assertInstanceOf(GatewayError.ProtocolError.class, error);
    }

    @Test
    @DisplayName("the parser refuses a DOCTYPE even in a small local document")
    void parserRefusesDoctype() {
        byte[] xml = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>".getBytes(StandardCharsets.UTF_8);
        assertThrows(OnvifException.MalformedAnswer.class, () -> SafeXml.parse(xml));
    }
}
