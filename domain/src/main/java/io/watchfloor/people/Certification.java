package io.watchfloor.people;

import io.watchfloor.shared.TimeRange;
import java.time.Instant;
import java.util.Objects;

/**
 * A certificate that its holder was trained and passed for a post (经培训合格, 持证上岗, PEOPLE-02),
 * valid in {@code [validFrom, validUntil)}.
 *
 * @param post the role the certificate qualifies for, such as {@link Role#OPERATOR}
 * @param number the certificate's number as printed
 */
public record Certification(Role post, String number, Instant validFrom, Instant validUntil) {

    public Certification {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a certification needs its number");
        }
        if (!validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("a certification must expire after it starts: " + validFrom + " to " + validUntil);
        }
    }

    /** Whether the certificate is valid for the whole of {@code duty}. */
    public boolean covers(TimeRange duty) {
        return !duty.start().isBefore(validFrom) && !duty.end().isAfter(validUntil);
    }

    /** Whether the certificate is valid at {@code instant}. */
    public boolean isValidAt(Instant instant) {
        return !instant.isBefore(validFrom) && instant.isBefore(validUntil);
    }
}
