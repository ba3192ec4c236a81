package io.watchfloor.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.cases.port.in.ChaseCase;
import io.watchfloor.cases.port.in.HandleCase;
import io.watchfloor.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Chasing departments")
class ChasingTest {

    private final CaseWorld w = new CaseWorld();

    @Test
    @Tag("CASE-07")
    @DisplayName("a case not accepted 30 min after dispatch raises one reminder task, dated at the 30 min")
    void notAcceptedAfterThirtyMinutes() {
        Case c = w.dispatched("LITTER");
        Instant due = c.lastDispatch().at().plus(Duration.ofMinutes(30));

        assertEquals(List.of(), w.dueWork(due).fired());
        DueWork work = w.dueWork(due.plusMillis(1));
        DueWork again = w.dueWork(due.plusSeconds(60));

        assertEquals(1, work.reminders().size());
        assertEquals(ReminderKind.NOT_ACCEPTED, work.reminders().get(0).kind());
        assertEquals(due, work.reminders().get(0).occurredAt());
        assertEquals(List.of(), again.reminders());
        assertTrue(w.get(c.id()).reminders().get(0).isOpen());
    }

    @Test
    @Tag("CASE-07")
    @DisplayName("a case accepted in time raises no reminder")
    void acceptedInTime() {
        Case c = w.dispatched("LITTER");
        w.advance(Duration.ofMinutes(30));
        w.module.handleCase().accept(new HandleCase.Step(c.id(), w.sanitationStaff.id(), null));
        assertEquals(List.of(), w.dueWork(w.now().plusSeconds(60)).reminders());
    }

    @Test
    @Tag("CASE-07")
    @DisplayName("the reminder's outcome is recorded once, by centre staff")
    void outcomeRecordedOnce() {
        Case c = w.dispatched("LITTER");
        w.advance(Duration.ofMinutes(31));
        w.dueWork(w.now());

        assertEquals("PEOPLE-01", assertThrows(RuleViolation.class, () -> w.module.chaseCase().recordOutcome(
                new ChaseCase.Outcome(c.id(), w.sanitationStaff.id(), 1, true, "x"))).ruleId());
        Case recorded = w.module.chaseCase().recordOutcome(new ChaseCase.Outcome(c.id(), w.dispatcher.id(), 1, true,
                "phoned Hu Jun, accepting now"));

        Reminder r = recorded.reminders().get(0);
        assertFalse(r.isOpen());
        assertTrue(r.reached());
        assertEquals("phoned Hu Jun, accepting now", r.outcome());
        assertEquals("CASE-07", assertThrows(RuleViolation.class, () -> w.module.chaseCase().recordOutcome(
                new ChaseCase.Outcome(c.id(), w.dispatcher.id(), 1, false, "again"))).ruleId());
        assertEquals("CASE-07", assertThrows(RuleViolation.class, () -> w.module.chaseCase().recordOutcome(
                new ChaseCase.Outcome(c.id(), w.dispatcher.id(), 2, false, "no such task"))).ruleId());
    }

    @Test
    @Tag("CASE-10")
    @DisplayName("at 80 % of the handling deadline a warning chase is raised, at the deadline a breach and a chase: each once, dated exactly")
    void warningAndBreach() {
        Case c = w.accepted("LITTER");
        Instant dispatched = c.lastDispatch().at();
        Instant warning = dispatched.plus(Duration.ofMinutes(96));
        Instant deadline = dispatched.plus(Duration.ofHours(2));
        assertEquals(warning, c.warningAt().orElseThrow());
        assertEquals(deadline, c.handlingDeadline().orElseThrow());

        assertEquals(List.of(), w.dueWork(warning).fired());
        DueWork warned = w.dueWork(warning.plusMillis(1));
        assertEquals(List.of(ReminderKind.DEADLINE_NEAR), warned.reminders().stream().map(CaseEvent.ReminderRaised::kind).toList());
        assertEquals(warning, warned.reminders().get(0).occurredAt());

        assertEquals(List.of(), w.dueWork(deadline).fired());
        DueWork passed = w.dueWork(deadline.plusMillis(1));
        assertEquals(1, passed.breaches().size());
        assertEquals(deadline, passed.breaches().get(0).occurredAt());
        assertEquals(List.of(ReminderKind.DEADLINE_PASSED), passed.reminders().stream().map(CaseEvent.ReminderRaised::kind).toList());
        assertEquals(List.of(), w.dueWork(deadline.plus(Duration.ofDays(3))).fired());
        assertEquals(List.of(deadline), w.get(c.id()).breaches());
    }

    @Test
    @Tag("CASE-10")
    @DisplayName("a scheduler that looks late still dates every event at its own deadline, in order")
    void lateSchedulerDatesEventsAtDeadlines() {
        Case c = w.dispatched("LITTER");
        Instant dispatched = c.lastDispatch().at();

        DueWork all = w.dueWork(dispatched.plus(Duration.ofDays(1)));

        assertEquals(List.of(dispatched.plus(Duration.ofMinutes(30)), dispatched.plus(Duration.ofMinutes(96)),
                dispatched.plus(Duration.ofHours(2)), dispatched.plus(Duration.ofHours(2))),
                all.fired().stream().map(CaseEvent::occurredAt).toList());
    }

    @Test
    @Tag("CASE-10")
    @DisplayName("the warning share is a policy setting")
    void warningShareIsConfigurable() {
        CaseWorld half = new CaseWorld(p -> p.withChase(Duration.ofMinutes(30), 50));
        Case c = half.accepted("LITTER");
        assertEquals(c.lastDispatch().at().plus(Duration.ofHours(1)), c.warningAt().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> CasePolicy.defaults().withChase(Duration.ofMinutes(30), 100));
    }

    @Test
    @Tag("CASE-07")
    @Tag("CASE-13")
    @DisplayName("once the case is closed, an open reminder's outcome can no longer be written into it")
    void closedCasesTakeNoOutcome() {
        Case c = w.dispatched("LITTER");
        w.advance(Duration.ofMinutes(31));
        w.module.handleCase().accept(new HandleCase.Step(c.id(), w.sanitationStaff.id(), null));
        w.module.handleCase().reportCompletion(new HandleCase.Step(c.id(), w.sanitationStaff.id(), "done"));
        w.module.verifyCase().instruct(new io.watchfloor.cases.port.in.VerifyCase.Instruction(c.id(), w.dispatcher.id(), w.supervisor.id(), null));
        Case closed = w.module.verifyCase().record(new io.watchfloor.cases.port.in.VerifyCase.Result(c.id(), w.supervisor.id(), true, "ok"));
        assertTrue(closed.reminders().get(0).isOpen());

        assertEquals("CASE-07", assertThrows(RuleViolation.class, () -> w.module.chaseCase().recordOutcome(
                new ChaseCase.Outcome(c.id(), w.dispatcher.id(), 1, true, "too late"))).ruleId());
        assertEquals(closed.history(), w.get(c.id()).history());
    }
}
