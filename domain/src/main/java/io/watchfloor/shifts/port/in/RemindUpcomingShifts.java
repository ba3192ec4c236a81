package io.watchfloor.shifts.port.in;

import io.watchfloor.shifts.ShiftsEvent;
import java.time.Instant;
import java.util.List;

/**
 * Publishes a {@link ShiftsEvent.ShiftReminderDue} for every duty of a published rota whose reminder
 * time (its start minus the policy's reminder time) falls in {@code (from, to]}: a scheduler calls it
 * with consecutive windows, so each reminder goes out once.
 */
public interface RemindUpcomingShifts {

    /** The reminders published. */
    List<ShiftsEvent.ShiftReminderDue> remind(Instant from, Instant to);
}
