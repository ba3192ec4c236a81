package io.watchfloor.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.cases.port.in.HandleCase;
import io.watchfloor.cases.port.in.VerifyCase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The case history")
@Tag("CASE-13")
class HistoryTest {

    private final CaseWorld w = new CaseWorld();

    @Test
    @DisplayName("every transition is kept with actor, time and reason, and the history replays to the stored state")
    void everyTransitionIsKept() {
        Case c = w.accepted("LITTER");
        w.advance(Duration.ofMinutes(40));
        w.module.handleCase().reportCompletion(new HandleCase.Step(c.id(), w.sanitationStaff.id(), "bins emptied"));
        w.module.verifyCase().instruct(new VerifyCase.Instruction(c.id(), w.dispatcher.id(), w.supervisor.id(), "check it"));
        w.advance(Duration.ofMinutes(5));
        Case closed = w.module.verifyCase().record(new VerifyCase.Result(c.id(), w.supervisor.id(), true, "clean"));

        List<CaseEvent> history = closed.history();
        assertEquals(List.of(CaseEvent.ReportReceived.class, CaseEvent.CaseRegistered.class, CaseEvent.CaseDispatched.class,
                CaseEvent.CaseAccepted.class, CaseEvent.CompletionReported.class, CaseEvent.VerificationInstructed.class,
                CaseEvent.CaseClosed.class), history.stream().map(Object::getClass).toList());
        history.forEach(e -> {
            assertNotNull(e.actor());
            assertNotNull(e.reason());
        });
        assertEquals(w.supervisor.id(), history.get(6).actor());
        assertEquals("clean", history.get(6).reason());
        for (int i = 1; i < history.size(); i++) {
            assertTrue(!history.get(i).occurredAt().isBefore(history.get(i - 1).occurredAt()));
        }
        assertTrue(Case.replay(history, closed.version()).sameStateAs(w.get(c.id())));
    }

    @Test
    @DisplayName("timer transitions are the centre's own: no actor, the rule in the reason")
    void timerTransitions() {
        Case c = w.dispatched("LITTER");
        w.dueWork(w.now().plus(Duration.ofHours(3)));

        List<CaseEvent> fired = w.get(c.id()).history().stream().filter(CaseEvent::bySystem).toList();
        assertEquals(4, fired.size());
        assertTrue(fired.stream().allMatch(e -> e.reason().startsWith("CASE-07") || e.reason().startsWith("CASE-10")));
    }

    @Test
    @DisplayName("the history is read-only and the events published are the history's")
    void readOnly() {
        Case c = w.accepted("LITTER");
        assertThrows(UnsupportedOperationException.class, () -> c.history().clear());
        assertEquals(w.get(c.id()).history(), w.events.ofType(CaseEvent.class));
    }
}
