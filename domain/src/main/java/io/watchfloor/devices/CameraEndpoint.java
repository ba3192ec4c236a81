package io.watchfloor.devices;

import io.watchfloor.shared.CameraId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@code CameraGateway} needs to reach one camera: its id, its network address and where its
 * credentials are kept (the gateway resolves the reference; the domain never sees a password).
 *
 * @param credentials the reference, or {@code null} when the camera needs none
 */
public record CameraEndpoint(CameraId camera, NetworkAddress address, CredentialsReference credentials) {

    public CameraEndpoint {
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(address, "address");
    }

    /** The credentials reference, when there is one. */
    public Optional<CredentialsReference> credentialsReference() {
        return Optional.ofNullable(credentials);
    }
}
