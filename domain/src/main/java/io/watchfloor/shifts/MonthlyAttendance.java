package io.watchfloor.shifts;

import io.watchfloor.people.PersonId;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One person's attendance figures for a month (考核, SHIFT-09).
 *
 * @param duties rostered duties that ended in the month
 * @param absences rostered duties that ended without a check-in
 * @param missedTours watch tours missing from their operator duties (SHIFT-06)
 * @param extensions duties they were kept on beyond for want of a relief
 */
public record MonthlyAttendance(PersonId person, YearMonth month, int duties, int lateArrivals, int earlyLeaves, int absences,
                                int missedTours, int extensions) {

    public MonthlyAttendance {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(month, "month");
        if (duties < 0 || lateArrivals < 0 || earlyLeaves < 0 || absences < 0 || missedTours < 0 || extensions < 0) {
            throw new IllegalArgumentException("attendance figures are not negative");
        }
    }
}
