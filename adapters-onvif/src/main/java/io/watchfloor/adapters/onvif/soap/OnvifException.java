package io.watchfloor.adapters.onvif.soap;

import java.time.Duration;
import java.util.Objects;

/**
 * Why an ONVIF call gave no answer, typed so that callers map it without reading messages. Every
 * public entry point of this module throws only these (unchecked); the gateway turns them into
 * {@link io.watchfloor.devices.GatewayError}s.
 */
public abstract sealed class OnvifException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OnvifException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Nothing answered at the address (refused, no route, unknown host). */
    public static final class Unreachable extends OnvifException {
        private static final long serialVersionUID = 1L;

        public Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** No whole answer within the call's deadline. */
    public static final class TimedOut extends OnvifException {
        private static final long serialVersionUID = 1L;
        private final Duration after;

        public TimedOut(Duration after, Throwable cause) {
            super("no answer within " + after.toMillis() + " ms", cause);
            this.after = Objects.requireNonNull(after, "after");
        }

        /** The deadline that passed. */
        public Duration after() {
            return after;
        }
    }

    /** The device refused the credentials (HTTP 401 after the challenge, or a NotAuthorized fault). */
    public static final class AuthenticationRefused extends OnvifException {
        private static final long serialVersionUID = 1L;

        public AuthenticationRefused(String message) {
            super(message, null);
        }
    }

    /** The device answered with a SOAP fault, under whatever HTTP status. */
    public static final class Fault extends OnvifException {
        private static final long serialVersionUID = 1L;
        private final int httpStatus;
        private final String code;
        private final String subcode;
        private final String reason;

        public Fault(int httpStatus, String code, String subcode, String reason) {
            super("SOAP fault " + code + (subcode.isEmpty() ? "" : "/" + subcode) + " (HTTP " + httpStatus + "): " + reason, null);
            this.httpStatus = httpStatus;
            this.code = Objects.requireNonNull(code, "code");
            this.subcode = Objects.requireNonNull(subcode, "subcode");
            this.reason = Objects.requireNonNull(reason, "reason");
        }

        /** The HTTP status it came with (200, 400, 500...). */
        public int httpStatus() {
            return httpStatus;
        }

        /** The fault code's local name: {@code Sender} or {@code Receiver}, for instance. */
        public String code() {
            return code;
        }

        /** The innermost subcode's local name ({@code ActionNotSupported}, {@code NotAuthorized}), or empty. */
        public String subcode() {
            return subcode;
        }

        /** The reason text. */
        public String reason() {
            return reason;
        }

        /** Whether the device says it does not offer the operation or the thing asked for. */
        public boolean meansNotSupported() {
            return subcode.contains("NotSupported") || subcode.equals("NoSuchService") || subcode.contains("NoProfile")
                    || code.contains("NotSupported") || reason.toLowerCase(java.util.Locale.ROOT).contains("not supported");
        }
    }

    /** The device answered something that is not a usable SOAP answer: not XML, hostile XML, too big, missing elements. */
    public static final class MalformedAnswer extends OnvifException {
        private static final long serialVersionUID = 1L;

        public MalformedAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
