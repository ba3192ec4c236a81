package io.watchfloor.adapters.onvif;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A device found by WS-Discovery: its endpoint reference, types, scopes and service addresses. The
 * {@code onvif://www.onvif.org/name/...}, {@code location/} and {@code hardware/} scopes are read out.
 */
public record ProbeMatch(String endpoint, List<String> types, List<String> scopes, List<URI> xaddrs) {

    public ProbeMatch {
        types = List.copyOf(types);
        scopes = List.copyOf(scopes);
        xaddrs = List.copyOf(xaddrs);
    }

    /** The device's name scope, decoded. */
    public Optional<String> name() {
        return scope("name/");
    }

    /** Its location scope, decoded. */
    public Optional<String> location() {
        return scope("location/");
    }

    /** Its hardware scope, decoded. */
    public Optional<String> hardware() {
        return scope("hardware/");
    }

    private Optional<String> scope(String kind) {
        String prefix = "onvif://www.onvif.org/" + kind;
        return scopes.stream().filter(s -> s.startsWith(prefix)).findFirst()
                .map(s -> java.net.URLDecoder.decode(s.substring(prefix.length()), java.nio.charset.StandardCharsets.UTF_8));
    }
}
