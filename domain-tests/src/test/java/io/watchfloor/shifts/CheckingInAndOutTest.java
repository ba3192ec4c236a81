package io.watchfloor.shifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shifts.port.in.CheckIn;
import io.watchfloor.shifts.port.in.CheckOut;
import io.watchfloor.shifts.port.in.SubstituteOnPost;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Checking in and out")
class CheckingInAndOutTest {

    private final DutyFixtures week = new DutyFixtures();

    @Test
    @Tag("SHIFT-03")
    @DisplayName("15 min before the start is on time, 5 min before is without time to check the equipment, after the start is late")
    void arrivals() {
        Attendance onTime = week.checkInAt(week.dayOperator, "07:45");
        Attendance hurried = week.checkInAt(week.dayLeader, "07:55");
        PersonId night = week.centre.rostered(week.rota, Role.OPERATOR, week.at("16:00").plus(Duration.ofHours(8)));
        week.centre.clock.set(week.at("16:00").plus(Duration.ofHours(8)).plus(Duration.ofMinutes(7)));
        Attendance late = week.centre.shifts.checkIn().checkIn(new CheckIn.Command(night, true));

        assertEquals(Arrival.ON_TIME, onTime.arrival());
        assertEquals(Arrival.WITHOUT_CHECK_TIME, hurried.arrival());
        assertEquals(Arrival.LATE, late.arrival());
        assertEquals(Duration.ofMinutes(7), late.lateBy());
        assertEquals(3, week.centre.events.ofType(ShiftsEvent.CheckedIn.class).size());
    }

    @Test
    @Tag("SHIFT-03")
    @DisplayName("someone with no duty in the next 2 h cannot check in; checking in twice is refused")
    void noDuty() {
        week.centre.clock.set(week.at("05:00"));
        RuleViolation early = assertThrows(RuleViolation.class,
                () -> week.centre.shifts.checkIn().checkIn(new CheckIn.Command(week.eveningOperator, true)));
        week.checkInAt(week.dayOperator, "07:45");
        RuleViolation twice = assertThrows(RuleViolation.class, () -> week.checkInAt(week.dayOperator, "07:50"));

        assertEquals("SHIFT-03", early.ruleId());
        assertEquals("SHIFT-03", twice.ruleId());
        assertEquals(1, week.centre.stores.attendances().open().size());
    }

    @Test
    @Tag("SHIFT-10")
    @DisplayName("without declaring no alcohol in the 8 h before duty, the person is refused as unfit and nothing is stored")
    void fitness() {
        week.centre.clock.set(week.at("07:45"));

        RuleViolation refusal = assertThrows(RuleViolation.class,
                () -> week.centre.shifts.checkIn().checkIn(new CheckIn.Command(week.dayOperator, false)));

        assertEquals("SHIFT-10", refusal.ruleId());
        assertTrue(refusal.sentence().contains("no alcohol in the 8 h before it"), refusal.sentence());
        assertTrue(week.centre.stores.attendances().open().isEmpty());
    }

    @Test
    @Tag("SHIFT-05")
    @DisplayName("leaving during duty with nobody else on the post is refused; after a substitute took over the rest of the duty and signed the handover it is allowed and not early")
    void leavingDuringDuty() {
        week.checkInAt(week.dayOperator, "07:45");
        week.centre.clock.set(week.at("11:00"));

        RuleViolation refusal = assertThrows(RuleViolation.class,
                () -> week.centre.shifts.checkOut().checkOut(new CheckOut.Command(week.dayOperator)));
        assertEquals("SHIFT-05", refusal.ruleId());
        assertTrue(week.centre.stores.attendances().open().get(0).isOpen());

        PersonId substitute = week.centre.operators.stream().map(p -> p.id())
                .filter(id -> !week.centre.stores.rotas().get(week.rota.id()).of(id).stream()
                        .anyMatch(a -> a.duty().start().isBefore(week.at("16:00").plus(Duration.ofHours(12)))
                                && a.duty().end().isAfter(week.at("00:00").minus(Duration.ofHours(4)))))
                .findFirst().orElseThrow();
        week.centre.shifts.substituteOnPost().substitute(new SubstituteOnPost.Command(week.dayLeader, week.rota.id(), week.dayOperator,
                Role.OPERATOR, week.at("11:00"), week.at("16:00"), substitute, "sent home ill"));
        week.centre.shifts.checkIn().checkIn(new CheckIn.Command(substitute, true));
        Handover handover = week.handOverAt(week.dayOperator, substitute, "11:00");
        week.centre.shifts.signHandover().sign(new io.watchfloor.shifts.port.in.SignHandover.Command(handover.id(), substitute, java.util.List.of()));
        Attendance out = week.centre.shifts.checkOut().checkOut(new CheckOut.Command(week.dayOperator));

        assertFalse(out.leftEarly());
        assertEquals(week.at("11:00"), out.checkedOut());
    }

    @Test
    @Tag("SHIFT-03")
    @DisplayName("with more operators on the post than it needs, one may leave early, recorded as an early leave; the next would leave it short and is refused")
    void earlyLeave() {
        ShiftsFixtures centre = new ShiftsFixtures(RotaPolicy.defaults(ShiftsFixtures.SHANGHAI)
                .withMinimumStaffing(java.util.Map.of(Role.SHIFT_LEADER, 1, Role.OPERATOR, 2))).withTeam();
        Rota rota = centre.publishedRota(1);
        var day = new java.util.ArrayList<>(centre.stores.rotas().get(rota.id()).at(centre.at(ShiftsFixtures.MONDAY, "08:00")).stream()
                .filter(a -> a.post() == Role.OPERATOR).map(Assignment::person).toList());
        day.add(centre.extraOperator(rota, centre.shift(ShiftsFixtures.MONDAY, "08:00", "16:00"), day));
        centre.clock.set(centre.at(ShiftsFixtures.MONDAY, "07:40"));
        day.forEach(p -> centre.shifts.checkIn().checkIn(new CheckIn.Command(p, true)));
        centre.clock.set(centre.at(ShiftsFixtures.MONDAY, "14:30"));

        Attendance out = centre.shifts.checkOut().checkOut(new CheckOut.Command(day.get(0)));

        assertTrue(out.leftEarly());
        assertEquals(3, day.size());
        RuleViolation last = assertThrows(RuleViolation.class, () -> centre.shifts.checkOut().checkOut(new CheckOut.Command(day.get(1))));
        assertEquals("SHIFT-05", last.ruleId());
    }

    @Test
    @Tag("SHIFT-03")
    @DisplayName("a missing person is refused naming the field; checking out without checking in is refused")
    void badInput() {
        InvalidCommand missing = assertThrows(InvalidCommand.class, () -> week.centre.shifts.checkIn().checkIn(new CheckIn.Command(null, true)));
        RuleViolation notIn = assertThrows(RuleViolation.class, () -> week.centre.shifts.checkOut().checkOut(new CheckOut.Command(week.dayOperator)));

        assertEquals("person", missing.errors().get(0).field());
        assertEquals("SHIFT-03", notIn.ruleId());
    }
}
