package io.watchfloor.devices;

import java.time.Duration;
import java.util.Objects;

/**
 * Why a {@code CameraGateway} could not answer, typed so that no adapter's exception or XML type
 * leaks into the domain. Ports return these inside {@link GatewayResult}; they throw no checked exceptions.
 */
public sealed interface GatewayError {

    /** A sentence a person understands. */
    String detail();

    /** Nothing answered at the address: the camera is offline. */
    record Unreachable(String detail) implements GatewayError {
        public Unreachable {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** The camera did not answer in time. */
    record TimedOut(Duration after) implements GatewayError {
        public TimedOut {
            Objects.requireNonNull(after, "after");
        }

        @Override
        public String detail() {
            return "no answer within " + after.toMillis() + " ms";
        }
    }

    /** The camera refused the credentials the reference points to. */
    record AuthenticationRefused(String detail) implements GatewayError {
        public AuthenticationRefused {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** The camera does not offer this (picture analysis and storage are optional). */
    record NotSupported(String capability) implements GatewayError {
        public NotSupported {
            Objects.requireNonNull(capability, "capability");
        }

        @Override
        public String detail() {
            return "the camera does not offer " + capability;
        }
    }

    /** The camera answered something the gateway cannot understand (a SOAP fault, a malformed reply). */
    record ProtocolError(String detail) implements GatewayError {
        public ProtocolError {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Whether the error means the camera is offline. */
    default boolean meansOffline() {
        return this instanceof Unreachable || this instanceof TimedOut;
    }
}
