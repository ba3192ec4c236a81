package io.watchfloor.cases;

import io.watchfloor.people.PersonId;
import java.time.Instant;
import java.util.Objects;

/**
 * A chase task (督办 / 催办, CASE-07, CASE-10): raised by the centre's clock at the instant its limit
 * passed, closed when someone records its outcome (whether the department was reached, what was said).
 *
 * @param number 1, 2, ... within its case
 * @param outcomeBy {@code null} while the task is open
 */
public record Reminder(int number, ReminderKind kind, Instant raisedAt, PersonId outcomeBy, Instant outcomeAt,
                       boolean reached, String outcome) {

    public Reminder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raisedAt, "raisedAt");
        if (number < 1) {
            throw new IllegalArgumentException("reminders are numbered from 1, was " + number);
        }
    }

    /** A task just raised. */
    public static Reminder raised(int number, ReminderKind kind, Instant at) {
        return new Reminder(number, kind, at, null, null, false, null);
    }

    /** Whether its outcome is still to be recorded. */
    public boolean isOpen() {
        return outcomeBy == null;
    }

    Reminder withOutcome(PersonId by, Instant at, boolean wasReached, String said) {
        return new Reminder(number, kind, raisedAt, by, at, wasReached, said);
    }
}
