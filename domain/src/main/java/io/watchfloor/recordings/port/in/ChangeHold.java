package io.watchfloor.recordings.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.recordings.Hold;
import io.watchfloor.recordings.HoldId;
import io.watchfloor.shared.Sane;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Extends, shortens or releases a hold. Extending needs the authority to place holds; shortening a
 * governance lock and releasing need the centre head or a security officer and a reason (RET-04,
 * RET-09); a compliance lock is never shortened nor released before it expires.
 */
public interface ChangeHold {

    /** Moves an evidence lock's expiry later. */
    Hold extend(Extend command);

    /** Moves a governance lock's expiry earlier. */
    Hold shorten(Shorten command);

    /** Releases the hold. */
    Hold release(Release command);

    /** Moves the lock's expiry to {@code newExpiry}, later than the current one. */
    record Extend(@NotNull PersonId actor, @NotNull HoldId hold, @NotNull @Sane Instant newExpiry) {
    }

    /** Moves a governance lock's expiry to {@code newExpiry}, earlier than the current one, saying why. */
    record Shorten(@NotNull PersonId actor, @NotNull HoldId hold, @NotNull @Sane Instant newExpiry,
                   @NotBlank @Size(max = 2000) String reason) {
    }

    /** Releases the hold, saying why. */
    record Release(@NotNull PersonId actor, @NotNull HoldId hold, @NotBlank @Size(max = 2000) String reason) {
    }
}
