package io.watchfloor.adapters.onvif;

import io.watchfloor.adapters.onvif.soap.SafeXml;
import java.time.Duration;
import java.util.Objects;

/**
 * How the client talks to devices.
 *
 * @param timeout          the hard deadline of one call, connection included
 * @param maxAnswerBytes   the largest answer read; larger ones are refused unread
 * @param maxConnections   open connections across all devices
 * @param rewriteAddresses whether service and media addresses in answers are rewritten to the host
 *                         (and, for HTTP, the port) the device was reached at (NAT; on by default)
 */
public record OnvifSettings(Duration timeout, int maxAnswerBytes, int maxConnections, boolean rewriteAddresses) {

    public OnvifSettings {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (maxAnswerBytes < 1024 || maxConnections < 1) {
            throw new IllegalArgumentException("maxAnswerBytes must be at least 1024 and maxConnections at least 1");
        }
    }

    /** 5 s per call, 4 MiB answers, 64 connections, NAT rewriting on. */
    public static OnvifSettings defaults() {
        return new OnvifSettings(Duration.ofSeconds(5), SafeXml.DEFAULT_MAX_BYTES, 64, true);
    }

    /** The same with another per-call deadline. */
    public OnvifSettings withTimeout(Duration newTimeout) {
        return new OnvifSettings(newTimeout, maxAnswerBytes, maxConnections, rewriteAddresses);
    }

    /** The same with another connection limit. */
    public OnvifSettings withMaxConnections(int connections) {
        return new OnvifSettings(timeout, maxAnswerBytes, connections, rewriteAddresses);
    }

    /** The same with NAT rewriting on or off. */
    public OnvifSettings withRewriteAddresses(boolean rewrite) {
        return new OnvifSettings(timeout, maxAnswerBytes, maxConnections, rewrite);
    }
}
