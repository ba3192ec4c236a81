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
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

@DisplayName("Two outgoing operators on one post cannot relieve each other")
class TwoOutgoingOperatorsTest {

    private final ShiftsFixtures centre = new ShiftsFixtures(twoOperators()).withTeam();
    private final Rota rota = centre.publishedRota(1);
    private final Instant eightAm = centre.at(MONDAY, "08:00");
    private final Instant fourPm = centre.at(MONDAY, "16:00");
    private final List<PersonId> dayOperators = operatorsAt(eightAm);

    private static RotaPolicy twoOperators() {
        Map<Role, Integer> staffing = new EnumMap<>(Role.class);
        staffing.put(Role.SHIFT_LEADER, 1);
        staffing.put(Role.OPERATOR, 2);
        return RotaPolicy.defaults(ShiftsFixtures.SHANGHAI).withMinimumStaffing(staffing);
    }

    private List<PersonId> operatorsAt(Instant at) {
        return centre.stores.rotas().get(rota.id()).at(at).stream().filter(a -> a.post() == Role.OPERATOR).map(Assignment::person).toList();
    }

    private void bothDayOperatorsCheckIn() {
        assertEquals(2, dayOperators.size());
        assertTrue(operatorsAt(fourPm).stream().noneMatch(dayOperators::contains), "the evening operators are other people");
        centre.clock.set(centre.at(MONDAY, "07:45"));
        dayOperators.forEach(p -> centre.shifts.checkIn().checkIn(new CheckIn.Command(p, true)));
    }

    @Test
    @Tag("SHIFT-04")
    @DisplayName("when neither evening operator comes, neither day operator may leave; both are kept on and the shift leader alerted")
    void bothStayOnWithoutRelief() {
        bothDayOperatorsCheckIn();
        centre.clock.set(centre.at(MONDAY, "16:05"));

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.shifts.checkOut().checkOut(new CheckOut.Command(dayOperators.get(0))));
        List<Attendance> extended = centre.shifts.watchForRelief().check();

        assertEquals("SHIFT-04", refusal.ruleId());
        assertEquals(new java.util.HashSet<>(dayOperators), new java.util.HashSet<>(extended.stream().map(Attendance::person).toList()));
        assertEquals(2, centre.events.ofType(ShiftsEvent.ShiftLeaderAlerted.class).size());
    }
}
