package io.watchfloor.shifts;

import static io.watchfloor.shifts.ShiftsFixtures.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shifts.port.in.CheckIn;
import io.watchfloor.shifts.port.in.CheckOut;
import io.watchfloor.shifts.port.in.SignHandover;
import io.watchfloor.shifts.port.in.WriteHandover;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A post that needs two operators keeps two: every required seat is covered before anyone leaves")
class TwoSeatsOnAPostTest {

    private final ShiftsFixtures centre = new ShiftsFixtures(twoOperators()).withTeam();
    private final Rota rota = centre.publishedRota(1);
    private final List<PersonId> day = operatorsAt(centre.at(MONDAY, "08:00"));
    private final List<PersonId> evening = operatorsAt(centre.at(MONDAY, "16:00"));

    static RotaPolicy twoOperators() {
        Map<Role, Integer> staffing = new EnumMap<>(Role.class);
        staffing.put(Role.SHIFT_LEADER, 1);
        staffing.put(Role.OPERATOR, 2);
        return RotaPolicy.defaults(ShiftsFixtures.SHANGHAI).withMinimumStaffing(staffing);
    }

    private List<PersonId> operatorsAt(Instant at) {
        return centre.stores.rotas().get(rota.id()).at(at).stream().filter(a -> a.post() == Role.OPERATOR).map(Assignment::person).toList();
    }

    private void at(String time) {
        centre.clock.set(centre.at(MONDAY, time));
    }

    private void checkIn(PersonId person, String time) {
        at(time);
        centre.shifts.checkIn().checkIn(new CheckIn.Command(person, true));
    }

    private void checkOut(PersonId person, String time) {
        at(time);
        centre.shifts.checkOut().checkOut(new CheckOut.Command(person));
    }

    /** Both day operators on; the first evening operator comes, takes the first day operator's handover and signs; the second never comes. */
    private void onlyOneReliefComes() {
        assertEquals(2, day.size());
        assertEquals(2, evening.size());
        assertTrue(evening.stream().noneMatch(day::contains), "the evening operators are other people");
        checkIn(day.get(0), "07:45");
        checkIn(day.get(1), "07:46");
        checkIn(evening.get(0), "15:45");
        at("15:50");
        Handover written = centre.shifts.writeHandover().write(new WriteHandover.Command(day.get(0), evening.get(0), "two cases open",
                List.of(), List.of(), List.of(), List.of(), List.of()));
        at("15:55");
        centre.shifts.signHandover().sign(new SignHandover.Command(written.id(), evening.get(0), List.of()));
    }

    @Test
    @Tag("SHIFT-04")
    @Tag("SHIFT-01")
    @DisplayName("when the second relief never comes, the unrelieved day operator may not leave; the relieved one may, and the post keeps two")
    void theUnrelievedStays() {
        onlyOneReliefComes();

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> checkOut(day.get(1), "16:05"));
        checkOut(day.get(0), "16:06");

        assertEquals("SHIFT-04", refusal.ruleId());
        assertTrue(refusal.sentence().contains("2"), refusal.sentence());
        assertEquals(Set.of(day.get(1), evening.get(0)), Set.copyOf(centre.shifts.findOnDuty().at(centre.at(MONDAY, "16:10")).on(Role.OPERATOR)));
        assertEquals(2, centre.stores.attendances().open().stream().filter(a -> a.post() == Role.OPERATOR).count());
    }

    @Test
    @Tag("SHIFT-04")
    @DisplayName("watching for relief keeps the unrelieved day operator on and alerts the shift leader that the second evening operator is missing")
    void watchForReliefKeepsTheRightPersonOn() {
        onlyOneReliefComes();
        at("16:05");

        List<Attendance> kept = centre.shifts.watchForRelief().check();

        assertEquals(List.of(day.get(1)), kept.stream().map(Attendance::person).toList());
        List<ShiftsEvent.ShiftLeaderAlerted> alerts = centre.events.ofType(ShiftsEvent.ShiftLeaderAlerted.class);
        assertEquals(1, alerts.size());
        assertEquals(day.get(1), alerts.get(0).outgoing());
        assertEquals(evening.get(1), alerts.get(0).missing());
        assertTrue(centre.shifts.findOnDuty().at(centre.at(MONDAY, "16:30")).posts().stream()
                .anyMatch(p -> p.person().equals(day.get(1)) && p.extended()));
    }

    @Test
    @Tag("SHIFT-05")
    @DisplayName("leaving in the middle of the duty with only one colleague on the post is refused: the second seat would be empty")
    void noEarlyLeaveBelowTheMinimum() {
        checkIn(day.get(0), "07:45");
        checkIn(day.get(1), "07:46");

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> checkOut(day.get(1), "11:00"));

        assertEquals("SHIFT-05", refusal.ruleId());
        assertTrue(centre.stores.attendances().find(day.get(1), centre.at(MONDAY, "08:00")).orElseThrow().isOpen());
    }

    @Test
    @Tag("SHIFT-01")
    @DisplayName("who is on duty reports who is actually there: a rostered operator who never checked in on a post others checked in on is not counted")
    void findOnDutyReportsWhoIsThere() {
        checkIn(day.get(0), "07:45");

        OnDuty tenAm = centre.shifts.findOnDuty().at(centre.at(MONDAY, "10:00"));

        assertEquals(List.of(day.get(0)), tenAm.on(Role.OPERATOR));
    }

    @Test
    @Tag("SHIFT-04")
    @DisplayName("one incoming person takes over one outgoing seat: a second handover to the same incoming person is refused")
    void oneReliefPerSeat() {
        onlyOneReliefComes();
        at("15:56");

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.shifts.writeHandover().write(new WriteHandover.Command(
                day.get(1), evening.get(0), "all quiet", List.of(), List.of(), List.of(), List.of(), List.of())));

        assertEquals("SHIFT-04", refusal.ruleId());
    }
}
