package io.watchfloor.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.cases.port.in.CoordinateCase;
import io.watchfloor.cases.port.in.HandleCase;
import io.watchfloor.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Force-majeure coordination")
@Tag("CASE-11")
class CoordinationTest {

    private final CaseWorld w = new CaseWorld();

    private CoordinateCase.Resolution resolution(Case c, io.watchfloor.people.Person department, io.watchfloor.people.Person supervision) {
        return new CoordinateCase.Resolution(c.id(), w.shiftLeader.id(), department.id(), supervision.id(), "typhoon over, work resumes");
    }

    @Test
    @DisplayName("the deadline clock stands still for exactly the coordination time, and nothing fires meanwhile")
    void pausesExactly() {
        Case c = w.accepted("LITTER");
        Instant deadline = c.handlingDeadline().orElseThrow();
        w.advance(Duration.ofMinutes(30));
        w.module.coordinateCase().start(new CoordinateCase.Start(c.id(), w.dispatcher.id(), "typhoon warning: crews withdrawn"));
        Duration paused = Duration.ofHours(5).plusMillis(7);
        w.advance(paused);

        assertEquals(List.of(), w.dueWork(w.now()).fired());
        Case resolved = w.module.coordinateCase().resolve(resolution(c, w.sanitationStaff, w.supervisionOfficer));

        assertEquals(deadline.plus(paused), resolved.handlingDeadline().orElseThrow());
        assertEquals(paused, resolved.paused());
        assertEquals(c.originalDeadline(), resolved.originalDeadline());
        assertEquals(1, w.dueWork(resolved.handlingDeadline().orElseThrow().plusMillis(1)).breaches().size());
    }

    @Test
    @DisplayName("no completion while in coordination; resolution needs the centre, the department and the supervision department")
    void threeParties() {
        Case c = w.accepted("LITTER");
        w.module.coordinateCase().start(new CoordinateCase.Start(c.id(), w.shiftLeader.id(), "flooded street"));

        assertEquals("CASE-11", assertThrows(RuleViolation.class, () -> w.module.handleCase().reportCompletion(
                new HandleCase.Step(c.id(), w.sanitationStaff.id(), "done"))).ruleId());
        assertEquals("CASE-11", assertThrows(RuleViolation.class, () -> w.module.coordinateCase().resolve(
                resolution(c, w.sanitationStaff, w.supervisor))).ruleId());
        assertEquals("PEOPLE-01", assertThrows(RuleViolation.class, () -> w.module.coordinateCase().resolve(
                resolution(c, w.roadsStaff, w.supervisionOfficer))).ruleId());
        assertEquals("CASE-11", assertThrows(RuleViolation.class, () -> w.module.coordinateCase().start(
                new CoordinateCase.Start(c.id(), w.shiftLeader.id(), "again"))).ruleId());

        Case resolved = w.module.coordinateCase().resolve(resolution(c, w.sanitationStaff, w.supervisionOfficer));
        CaseEvent.CoordinationResolved e = (CaseEvent.CoordinationResolved) resolved.history().get(resolved.history().size() - 1);
        assertEquals(w.supervisionOfficer.id(), e.supervisionParty());
        assertEquals("typhoon over, work resumes", e.reason());
    }

    @Test
    @DisplayName("a working-time deadline moves by the working time the coordination took")
    void workingTimePause() {
        Case c = w.accepted("ROAD");
        Instant deadline = c.handlingDeadline().orElseThrow();
        w.module.coordinateCase().start(new CoordinateCase.Start(c.id(), w.dispatcher.id(), "storm"));
        w.clock.set(CaseWorld.at(2026, 11, 23, 15, 0));

        Case resolved = w.module.coordinateCase().resolve(resolution(c, w.roadsStaff, w.supervisionOfficer));

        assertEquals(Duration.ofHours(4).plusMinutes(30), resolved.paused());
        assertEquals(w.roads.calendar().plus(deadline, Duration.ofHours(4).plusMinutes(30)), resolved.handlingDeadline().orElseThrow());
    }
}
