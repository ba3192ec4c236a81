package io.watchfloor.testkit.shifts;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.Assignment;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Values the shifts contract suites store. */
final class ShiftsContractFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final Instant MONDAY_8AM = MONDAY.atTime(8, 0).atZone(SHANGHAI).toInstant();

    private ShiftsContractFixtures() {
    }

    static Rota aRotaWithOneDuty(LocalDate firstDay) {
        Rota draft = Rota.draft(RotaPolicy.defaults(SHANGHAI), firstDay, 1);
        TimeRange day = new TimeRange(firstDay.atTime(8, 0).atZone(SHANGHAI).toInstant(), firstDay.atTime(16, 0).atZone(SHANGHAI).toInstant());
        return draft.withAssignments(java.util.List.of(Assignment.of(PersonId.newId(), Role.OPERATOR, day)));
    }

    static TimeRange hours(Instant from, int hours) {
        return TimeRange.starting(from, Duration.ofHours(hours));
    }
}
