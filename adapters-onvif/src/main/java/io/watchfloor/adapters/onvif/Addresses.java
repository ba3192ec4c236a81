package io.watchfloor.adapters.onvif;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * NAT rewriting: a device behind address translation (or one that simply reports 127.0.0.1,
 * 0.0.0.0 or its private address) answers with addresses the client cannot reach. An answered
 * address whose host differs from the one the device was reached at gets that host; an HTTP(S)
 * address also gets the port the device was reached at (its services share the web server), while
 * RTSP and other schemes keep their own port.
 */
public final class Addresses {

    private Addresses() {
    }

    /** {@code answered} as reachable through {@code reachedAt}. */
    public static URI rewrite(URI answered, URI reachedAt) {
        if (answered.getHost() == null || reachedAt.getHost() == null || answered.getHost().equalsIgnoreCase(reachedAt.getHost())
                && (!isHttp(answered) || port(answered) == port(reachedAt))) {
            return answered;
        }
        int port = isHttp(answered) && answered.getScheme().equalsIgnoreCase(reachedAt.getScheme()) ? reachedAt.getPort() : answered.getPort();
        try {
            return new URI(answered.getScheme(), answered.getUserInfo(), reachedAt.getHost(), port, answered.getPath(), answered.getQuery(),
                    answered.getFragment());
        } catch (URISyntaxException e) {
            return answered;
        }
    }

    private static boolean isHttp(URI uri) {
        return "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
