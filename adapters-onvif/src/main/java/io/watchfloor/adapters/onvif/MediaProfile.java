package io.watchfloor.adapters.onvif;

import java.util.Objects;

/**
 * A media profile, from Media2 or Media: its token, name and, where configured, its video source,
 * encoding and resolution (0 when unknown), and whether it has a PTZ configuration.
 */
public record MediaProfile(String token, String name, String videoSource, String encoding, int width, int height, boolean ptz) {

    public MediaProfile {
        Objects.requireNonNull(token, "token");
        name = name == null ? token : name;
        videoSource = videoSource == null ? "" : videoSource;
        encoding = encoding == null ? "" : encoding;
    }
}
