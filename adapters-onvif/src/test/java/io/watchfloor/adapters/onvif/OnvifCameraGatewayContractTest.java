package io.watchfloor.adapters.onvif;

import io.watchfloor.adapters.onvif.devices.OnvifCameraGateway;
import io.watchfloor.adapters.onvif.soap.Credentials;
import io.watchfloor.testkit.devices.CameraGatewayContract;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@code CameraGateway} contract, passed by {@link OnvifCameraGateway} against a fake ONVIF
 * camera on a loopback socket that wants both a UsernameToken and HTTP Digest.
 */
class OnvifCameraGatewayContractTest extends CameraGatewayContract {

    private final List<AutoCloseable> open = new ArrayList<>();

    @Override
    protected Setup newSetup() {
        FakeOnvifDevice camera = new FakeOnvifDevice().auth(FakeOnvifDevice.Auth.TOKEN_AND_DIGEST);
        OnvifClient client = new OnvifClient(OnvifSettings.defaults().withTimeout(Duration.ofSeconds(5)), Clock.systemUTC());
        open.add(camera);
        open.add(client);
        var gateway = new OnvifCameraGateway(client, CredentialsProvider.of(
                Map.of(FakeOnvifDevice.CREDENTIALS_REFERENCE, new Credentials(FakeOnvifDevice.USER, FakeOnvifDevice.PASSWORD))));
        return new Setup(gateway, camera);
    }

    /** The camera tells its time in whole seconds: up to a second of truncation plus the round trip. */
    @Override
    protected Duration clockTolerance() {
        return Duration.ofMillis(1500);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }
}
