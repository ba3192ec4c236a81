package io.watchfloor.shifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("SHIFT-01")
@DisplayName("Notices a deployment can send: reminders before a shift, and rota changes that move one's shift")
class ShiftNoticesTest {

    private final DutyFixtures week = new DutyFixtures();

    @Test
    @DisplayName("each duty's reminder goes out once, 2 h before it starts, when the scheduler's windows pass it")
    void reminders() {
        Instant from = week.at("05:00");
        List<ShiftsEvent.ShiftReminderDue> first = week.centre.shifts.remindUpcomingShifts().remind(from, week.at("06:00"));
        List<ShiftsEvent.ShiftReminderDue> second = week.centre.shifts.remindUpcomingShifts().remind(week.at("06:00"), week.at("07:00"));

        assertEquals(2, first.size(), "the day shift's leader and operator, reminded at 06:00");
        assertTrue(first.stream().allMatch(r -> r.occurredAt().equals(week.at("06:00")) && r.duty().start().equals(week.eightAm)));
        assertTrue(second.isEmpty());
        assertEquals(2, week.centre.events.ofType(ShiftsEvent.ShiftReminderDue.class).size());
        assertTrue(first.stream().anyMatch(r -> r.person().equals(week.dayOperator) && r.post() == Role.OPERATOR));
        assertEquals(Duration.ofHours(2), Duration.between(first.get(0).occurredAt(), first.get(0).duty().start()));
    }

    @Test
    @DisplayName("a draft rota's changes are not noticed as moves; a published one's are (see SHIFT-05 tests for swaps and substitutes)")
    void movesOnlyWhenPublished() {
        assertTrue(week.centre.events.ofType(ShiftsEvent.ShiftMoved.class).isEmpty());
        assertTrue(week.centre.events.ofType(ShiftsEvent.ShiftAssigned.class).size() >= 42);
        assertEquals(1, week.centre.events.ofType(ShiftsEvent.RotaPublished.class).size());
    }
}
