package io.watchfloor.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.cases.Appraisal.Figures;
import io.watchfloor.cases.port.in.DispatchCase;
import io.watchfloor.cases.port.in.HandleCase;
import io.watchfloor.cases.port.in.ReturnCase;
import io.watchfloor.cases.port.in.VerifyCase;
import io.watchfloor.people.Role;
import io.watchfloor.shared.TimeRange;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Appraisal figures")
@Tag("CASE-15")
class AppraisalTest {

    private final CaseWorld w = new CaseWorld();
    private TimeRange monday;

    private void complete(Case c, boolean passes) {
        w.module.handleCase().reportCompletion(new HandleCase.Step(c.id(), w.sanitationStaff.id(), "done"));
        w.module.verifyCase().instruct(new VerifyCase.Instruction(c.id(), w.dispatcher.id(), w.supervisor.id(), null));
        w.module.verifyCase().record(new VerifyCase.Result(c.id(), w.supervisor.id(), passes, passes ? "fixed" : "not fixed"));
    }

    /**
     * Monday: case A (litter) dispatched on time, reworked once, closed on time; case B (road) dispatched
     * 20 min late, returned as a wrong dispatch, re-dispatched to sanitation at once and never closed; case C
     * (litter) dispatched on time and never closed. Every deadline falls on Monday.
     */
    @BeforeEach
    void aMonday() {
        monday = new TimeRange(CaseWorld.at(2026, 11, 23, 0, 0), CaseWorld.at(2026, 11, 24, 0, 0));
        Case a = w.accepted("LITTER");
        w.advance(Duration.ofMinutes(20));
        complete(a, false);
        complete(a, true);

        Case b = w.registered("ROAD", CaseWorld.BUND);
        w.advance(Duration.ofMinutes(20));
        w.module.dispatchCase().dispatch(new DispatchCase.Command(b.id(), w.dispatcher.id(), null));
        w.module.returnCase().request(new ReturnCase.Request(b.id(), w.roadsStaff.id(), w.sanitation.id(), "bins, not road"));
        w.module.returnCase().report(new ReturnCase.Decision(b.id(), w.shiftLeader.id(), "reported"));
        w.module.returnCase().confirm(new ReturnCase.Confirmation(b.id(), w.centreHead.id(), Fault.WRONG_DISPATCH, "agreed"));
        w.module.dispatchCase().dispatch(new DispatchCase.Command(b.id(), w.dispatcher.id(), "改派"));

        w.dispatched("LITTER");
        w.dueWork(CaseWorld.at(2026, 11, 23, 23, 0));
    }

    @Test
    @DisplayName("the figures come out the same from the cases' state and from their histories")
    void stateAndHistoryAgree() {
        Appraisal fromState = w.module.appraiseStaff().fromState(monday);
        Appraisal fromHistory = w.module.appraiseStaff().fromHistory(monday);

        assertEquals(fromState, fromHistory);
        assertEquals(fromState.centre(), fromHistory.centre());
    }

    @Test
    @DisplayName("per department: received, returns, due and closed on time, verifications and reworks, accurate dispatch")
    void departments() {
        Appraisal a = w.module.appraiseStaff().fromState(monday);

        Figures sanitation = a.of(w.sanitation.id());
        assertEquals(new Figures(0, 0, 3, 0, 3, 1, 2, 1, 1, 1, 0), sanitation);
        assertEquals(1 / 3.0, sanitation.onTimeClosureRate(), 1e-9);
        assertEquals(0.5, sanitation.reworkRate(), 1e-9);
        assertEquals(1.0, sanitation.accurateDispatchRate(), 1e-9);
        Figures roads = a.of(w.roads.id());
        assertEquals(1, roads.received());
        assertEquals(1.0, roads.returnRate(), 1e-9);
    }

    @Test
    @DisplayName("per person: on-time dispatch rate, returns and error records against them")
    void people() {
        Appraisal a = w.module.appraiseStaff().fromState(monday);

        Figures dispatcher = a.of(w.dispatcher.id());
        assertEquals(4, dispatcher.dispatches());
        assertEquals(0.75, dispatcher.onTimeDispatchRate(), 1e-9);
        assertEquals(1, dispatcher.returns());
        assertEquals(1, dispatcher.errors());
        assertEquals(1, a.of(w.acceptor.id()).errors());
    }

    @Test
    @DisplayName("a score weighs the role's figures, takes off points per error record, and is graded by the bands")
    void scores() {
        Figures dispatcher = w.module.appraiseStaff().fromState(monday).of(w.dispatcher.id());

        Appraisal.Score score = Appraisal.score(dispatcher, Role.DISPATCHER, w.policy);
        assertEquals(100 * (2 * 0.75 + 1 * 1.0 + 1 * 0.75) / 4 - 5, score.points(), 1e-9);
        assertEquals("B", score.grade());

        CasePolicy strict = w.policy.withScoring(Map.of(Role.DISPATCHER, Map.of(CasePolicy.Figure.ON_TIME_DISPATCH, 1.0)), 20,
                List.of(new CasePolicy.GradeBand("pass", 60), new CasePolicy.GradeBand("fail", 0)));
        Appraisal.Score strictScore = Appraisal.score(dispatcher, Role.DISPATCHER, strict);
        assertEquals(55.0, strictScore.points(), 1e-9);
        assertEquals("fail", strictScore.grade());
    }

    @Test
    @DisplayName("a period with nothing in it counts nothing")
    void emptyPeriod() {
        TimeRange before = new TimeRange(CaseWorld.at(2026, 11, 1, 0, 0), CaseWorld.at(2026, 11, 2, 0, 0));
        assertEquals(Map.of(), w.module.appraiseStaff().fromState(before).people());
        assertEquals(Map.of(), w.module.appraiseStaff().fromHistory(before).departments());
    }
}
