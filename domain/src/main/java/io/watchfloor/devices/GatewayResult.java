package io.watchfloor.devices;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer of one {@code CameraGateway} call: a value, or a typed {@link GatewayError}.
 *
 * @param <T> the value's type
 */
public sealed interface GatewayResult<T> {

    /** The camera answered. */
    record Ok<T>(T value) implements GatewayResult<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** It did not. */
    record Failed<T>(GatewayError error) implements GatewayResult<T> {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }

    /** An answer. */
    static <T> GatewayResult<T> ok(T value) {
        return new Ok<>(value);
    }

    /** A failure. */
    static <T> GatewayResult<T> failed(GatewayError error) {
        return new Failed<>(error);
    }

    /** The value, if the camera answered. */
    default Optional<T> answer() {
        return this instanceof Ok<T> ok ? Optional.of(ok.value()) : Optional.empty();
    }

    /** The error, if it did not. */
    default Optional<GatewayError> failure() {
        return this instanceof Failed<T> failed ? Optional.of(failed.error()) : Optional.empty();
    }
}
