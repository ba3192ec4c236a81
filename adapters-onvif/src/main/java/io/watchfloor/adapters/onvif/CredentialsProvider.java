package io.watchfloor.adapters.onvif;

import io.watchfloor.adapters.onvif.soap.Credentials;
import io.watchfloor.devices.CredentialsReference;
import java.util.Map;
import java.util.Optional;

/**
 * Where the deployment keeps camera passwords: looks up the credentials a device's
 * {@link CredentialsReference} names (a vault path, an environment entry...). The archive stores
 * only the reference; the password lives here, in memory, for the call.
 */
@FunctionalInterface
public interface CredentialsProvider {

    /** The credentials the reference names, if the store has them. */
    Optional<Credentials> lookup(CredentialsReference reference);

    /** A provider that knows none. */
    static CredentialsProvider none() {
        return reference -> Optional.empty();
    }

    /** A fixed table by reference text (for tests and small sites). */
    static CredentialsProvider of(Map<String, Credentials> byReference) {
        Map<String, Credentials> copy = Map.copyOf(byReference);
        return reference -> Optional.ofNullable(copy.get(reference.value()));
    }
}
