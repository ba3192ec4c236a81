package io.watchfloor.shifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.EscalationChain;
import io.watchfloor.people.Role;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("PEOPLE-03")
@DisplayName("PEOPLE-03: who is on duty at an instant, and escalations to the shift leader on duty")
class WhoIsOnDutyTest {

    private final DutyFixtures week = new DutyFixtures();

    @Test
    @DisplayName("at any instant of a published rota: one person per post, the rostered shift leader leading")
    void rostered() {
        OnDuty at = week.centre.shifts.findOnDuty().at(week.at("10:00"));

        assertEquals(List.of(week.dayLeader), at.on(Role.SHIFT_LEADER));
        assertEquals(List.of(week.dayOperator), at.on(Role.OPERATOR));
        assertEquals(Optional.of(week.dayLeader), at.shiftLeader());
        assertEquals(Optional.of(week.eveningLeader), week.centre.shifts.findOnDuty().at(week.fourPm).shiftLeader());
    }

    @Test
    @DisplayName("the people context's escalation goes to the shift leader on duty, then the centre head; before any rota only to the head")
    void escalation() {
        EscalationChain chain = week.centre.peopleModule.findEscalationTarget().at(week.at("10:00"));
        EscalationChain before = week.centre.peopleModule.findEscalationTarget().at(week.rota.horizon().start().minus(Duration.ofHours(1)));

        assertEquals(List.of(week.dayLeader, week.centre.head.id()), chain.inOrder());
        assertEquals(List.of(week.centre.head.id()), before.inOrder());
    }

    @Test
    @DisplayName("a shift leader kept on for want of a relief stays the escalation target until relieved")
    void leaderKeptOn() {
        week.checkInAt(week.dayLeader, "07:50");
        week.centre.clock.set(week.fourPm);
        week.centre.shifts.watchForRelief().check();

        assertEquals(Optional.of(week.dayLeader), week.centre.roster().shiftLeaderAt(week.at("16:30")));
        assertTrue(week.centre.shifts.findOnDuty().at(week.at("16:30")).posts().stream()
                .anyMatch(p -> p.post() == Role.SHIFT_LEADER && p.person().equals(week.dayLeader) && p.extended()));
    }
}
