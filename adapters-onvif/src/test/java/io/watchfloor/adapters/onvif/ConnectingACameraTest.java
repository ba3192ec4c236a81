package io.watchfloor.adapters.onvif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.adapters.onvif.devices.OnvifCameraGateway;
import io.watchfloor.adapters.onvif.soap.Credentials;
import io.watchfloor.devices.CredentialsReference;
import io.watchfloor.devices.port.out.CameraGateway;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's "Connecting a real camera", run as written against a fake camera that wants HTTP Digest. */
class ConnectingACameraTest {

    /** The deployment's secret store, as the README names it. */
    private static final class Vault {
        Optional<Credentials> lookup(CredentialsReference reference) {
            return CredentialsProvider.of(Map.of(FakeOnvifDevice.CREDENTIALS_REFERENCE,
                    new Credentials(FakeOnvifDevice.USER, FakeOnvifDevice.PASSWORD))).lookup(reference);
        }
    }

    @Test
    @DisplayName("the README's lines connect to a camera, read its clock, stream and snapshot, and make a gateway")
    void readmeLines() {
        try (FakeOnvifDevice fake = new FakeOnvifDevice().auth(FakeOnvifDevice.Auth.DIGEST_MD5)) {
            String address = fake.endpoint().address().value();
            String passwordFromYourVault = FakeOnvifDevice.PASSWORD;
            Vault vault = new Vault();

            try (OnvifClient onvif = OnvifClient.withDefaults()) {            // 5 s deadline a call, NAT rewriting on
                OnvifDevice camera = onvif.device(URI.create("http://" + address + "/onvif/device_service"),
                        Optional.of(new Credentials("admin", passwordFromYourVault)));
                DeviceTime clock = camera.systemDateAndTime();                  // unauthenticated; measures the skew
                MediaProfile main = camera.profiles().get(0);                   // Media2 where offered, else Media
                URI rtsp = camera.streamUri(main.token());
                byte[] jpeg = camera.snapshot(main.token());                    // Digest or Basic, as the camera asks

                CameraGateway gateway = new OnvifCameraGateway(onvif, reference -> vault.lookup(reference));

                assertTrue(clock.skew().abs().getSeconds() < 2);
                assertEquals("rtsp", rtsp.getScheme());
                assertEquals(4, jpeg.length);
                assertTrue(gateway.stream(fake.endpoint()).answer().orElseThrow().available());
            }
        }
    }
}
