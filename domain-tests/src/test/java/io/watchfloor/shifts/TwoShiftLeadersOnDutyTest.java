package io.watchfloor.shifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shifts.port.in.ApproveExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("PEOPLE-03")
@DisplayName("PEOPLE-03: with two shift leaders on duty, escalations follow a stated rule, not the order of their ids")
class TwoShiftLeadersOnDutyTest {

    /** An outgoing leader whose duty was extended past the boundary, and the incoming leader of the next shift. */
    private record Overlap(PersonId extended, PersonId incoming, Instant during) {
    }

    /**
     * Extends, by two hours, the duty of an outgoing shift leader whose id sorts before the incoming one's, so that
     * ordering by id would pick the wrong one.
     */
    private static Overlap extendALeaderWhoseIdSortsFirst(DutyFixtures week) {
        List<Assignment> leaders = week.centre.stores.rotas().get(week.rota.id()).assignments().stream()
                .filter(a -> a.post() == Role.SHIFT_LEADER).sorted(Comparator.comparing(a -> a.duty().start())).toList();
        for (Assignment out : leaders) {
            for (Assignment in : leaders) {
                if (!in.duty().start().equals(out.duty().end()) || in.person().equals(out.person())
                        || out.person().value().compareTo(in.person().value()) > 0) {
                    continue;
                }
                try {
                    week.centre.shifts.approveExtension().approve(new ApproveExtension.Command(week.centre.head.id(), week.rota.id(),
                            out.person(), Role.SHIFT_LEADER, out.duty().end(), out.duty().end().plus(Duration.ofHours(2))));
                    return new Overlap(out.person(), in.person(), out.duty().end().plus(Duration.ofHours(1)));
                } catch (RuleViolation | InvalidCommand limits) {
                    // this leader cannot stay on: try the next boundary
                }
            }
        }
        throw new IllegalStateException("no boundary of the week where a leader may stay on");
    }

    @Test
    @DisplayName("the leader of the shift now running leads, not the one staying on by an approved extension; the escalation goes to them first")
    void theRunningShiftsLeaderLeads() {
        DutyFixtures week = new DutyFixtures();
        Overlap overlap = extendALeaderWhoseIdSortsFirst(week);

        OnDuty onDuty = week.centre.shifts.findOnDuty().at(overlap.during());

        assertTrue(onDuty.on(Role.SHIFT_LEADER).containsAll(List.of(overlap.extended(), overlap.incoming())), onDuty::toString);
        assertEquals(Optional.of(overlap.incoming()), onDuty.shiftLeader());
        assertEquals(List.of(overlap.incoming(), week.centre.head.id()),
                week.centre.peopleModule.findEscalationTarget().at(overlap.during()).inOrder());
    }

    @Test
    @DisplayName("two leaders on the same shift: the one whose name comes first leads, however their ids sort")
    void sameShiftByName() {
        ShiftsFixtures centre = new ShiftsFixtures(RotaPolicy.defaults(ShiftsFixtures.SHANGHAI)
                .withMinimumStaffing(Map.of(Role.SHIFT_LEADER, 2, Role.OPERATOR, 1))).withTeam();
        centre.leaders.add(centre.person("Ma Jun", java.util.Set.of(Role.SHIFT_LEADER, Role.OPERATOR)));
        centre.leaders.add(centre.person("Deng Yi", java.util.Set.of(Role.SHIFT_LEADER, Role.OPERATOR)));
        Rota rota = centre.publishedRota(1);
        Instant tenAm = centre.at(ShiftsFixtures.MONDAY, "10:00");
        List<PersonId> both = centre.stores.rotas().get(rota.id()).at(tenAm).stream()
                .filter(a -> a.post() == Role.SHIFT_LEADER).map(Assignment::person).toList();
        PersonId firstByName = both.stream().min(Comparator.comparing(p -> centre.named(p).name())).orElseThrow();

        assertEquals(2, both.size());
        assertEquals(Optional.of(firstByName), centre.shifts.findOnDuty().at(tenAm).shiftLeader());
    }
}
