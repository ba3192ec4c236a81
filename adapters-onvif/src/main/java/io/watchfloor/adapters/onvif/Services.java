package io.watchfloor.adapters.onvif;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** The device's service addresses by namespace (from GetServices, else GetCapabilities), already rewritten for NAT. */
public record Services(Map<String, URI> addresses) {

    public Services {
        addresses = Map.copyOf(addresses);
    }

    /** The address of the service with this namespace, if the device offers it. */
    public Optional<URI> address(String namespace) {
        return Optional.ofNullable(addresses.get(namespace));
    }

    /** Whether the device offers the service. */
    public boolean offers(String namespace) {
        return addresses.containsKey(namespace);
    }
}
