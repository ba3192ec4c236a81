package io.watchfloor.adapters.onvif;

import java.net.URI;
import java.time.Instant;

/** A pull-point subscription: its manager's address and when it ends (in the device's time). */
public record Subscription(URI address, Instant currentTime, Instant terminationTime) {
}
