package io.watchfloor.adapters.onvif;

import java.time.Instant;
import java.util.Optional;

/** A recording on a Profile G device: its token, source and the time span of its data, where told. */
public record Recording(String token, String sourceName, Optional<Instant> earliest, Optional<Instant> latest) {
}
