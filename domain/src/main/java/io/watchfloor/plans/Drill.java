package io.watchfloor.plans;

import io.watchfloor.people.PersonId;
import java.time.Instant;
import java.util.Objects;

/**
 * A drill (演练) of a plan (PLAN-02): scheduled for an instant, then held and recorded.
 *
 * @param heldAt {@code null} until held
 * @param flaggedOverdue whether it was flagged as overdue (once)
 */
public record Drill(Instant scheduledFor, Instant heldAt, PersonId heldBy, String notes, boolean flaggedOverdue) {

    public Drill {
        Objects.requireNonNull(scheduledFor, "scheduledFor");
    }

    /** A drill scheduled, not held. */
    public static Drill scheduled(Instant at) {
        return new Drill(at, null, null, null, false);
    }

    public boolean isHeld() {
        return heldAt != null;
    }

    /** Whether it is not held and its time has passed at {@code now} (strictly after). */
    public boolean isOverdueAt(Instant now) {
        return !isHeld() && now.isAfter(scheduledFor);
    }
}
