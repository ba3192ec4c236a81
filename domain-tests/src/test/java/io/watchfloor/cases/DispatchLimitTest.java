package io.watchfloor.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.cases.port.in.DispatchCase;
import io.watchfloor.cases.port.in.ReturnCase;
import io.watchfloor.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The dispatch limit and error records")
class DispatchLimitTest {

    private final CaseWorld w = new CaseWorld();

    private Case dispatchNow(Case c) {
        return w.module.dispatchCase().dispatch(new DispatchCase.Command(c.id(), w.dispatcher.id(), null));
    }

    @Test
    @Tag("CASE-02")
    @DisplayName("a dispatch at exactly 15:00.000 after registration is on time, and no limit was missed")
    void metAtTheLimit() {
        Case c = w.registered("ROAD");
        w.advance(Duration.ofMinutes(15));

        assertEquals(List.of(), w.dueWork(w.now()).fired());
        Case sent = dispatchNow(c);

        assertTrue(sent.lastDispatch().onTime());
        assertEquals(List.of(), sent.errors());
        assertEquals(CaseStatus.DISPATCHED, sent.status());
    }

    @Test
    @Tag("CASE-02")
    @Tag("CASE-03")
    @DisplayName("at 15:00.001 the limit is missed: dueWork records it once, dated at the limit, against the acceptor")
    void missedOneMillisecondLater() {
        Case c = w.registered("ROAD");
        Instant limit = c.dispatchDue().orElseThrow();
        w.advance(Duration.ofMinutes(15).plusMillis(1));

        DueWork first = w.dueWork(w.now());
        DueWork second = w.dueWork(w.now().plusSeconds(600));

        assertEquals(1, first.missedDispatchLimits().size());
        assertEquals(limit, first.missedDispatchLimits().get(0).occurredAt());
        assertEquals(List.of(), second.fired());
        assertEquals(List.of(new ErrorRecord(w.acceptor.id(), c.id(), Fault.MISSED_DISPATCH_LIMIT, limit)), w.errors.all());
        Case late = dispatchNow(c);
        assertFalse(late.lastDispatch().onTime());
        assertEquals(1, late.errors().size());
    }

    @Test
    @Tag("CASE-02")
    @DisplayName("a late dispatch fires the missed limit itself even when no scheduler looked, dated at the limit")
    void lateDispatchCatchesUp() {
        Case c = w.registered("ROAD");
        w.advance(Duration.ofMinutes(20));

        Case late = dispatchNow(c);

        assertEquals(c.dispatchDue().orElseThrow(), late.errors().get(0).at());
        assertEquals(1, w.events.ofType(CaseEvent.DispatchLimitMissed.class).size());
    }

    @Test
    @Tag("CASE-02")
    @DisplayName("a special circumstance lifts the limit to 1 h from registration; after the 15 min it is too late to declare")
    void specialCircumstance() {
        Case c = w.registered("ROAD");
        Instant registered = c.registeredAt().orElseThrow();
        w.advance(Duration.ofMinutes(10));
        Case lifted = w.module.dispatchCase().declareSpecialCircumstance(
                new DispatchCase.SpecialCircumstance(c.id(), w.dispatcher.id(), "case system down, cannot open the case"));
        assertEquals(registered.plus(Duration.ofHours(1)), lifted.dispatchDue().orElseThrow());

        w.clock.set(registered.plus(Duration.ofHours(1)));
        assertEquals(List.of(), w.dueWork(w.now()).fired());
        assertTrue(dispatchNow(c).lastDispatch().onTime());

        Case other = w.registered("ROAD");
        w.advance(Duration.ofMinutes(16));
        RuleViolation tooLate = assertThrows(RuleViolation.class, () -> w.module.dispatchCase().declareSpecialCircumstance(
                new DispatchCase.SpecialCircumstance(other.id(), w.dispatcher.id(), "system down")));
        assertEquals("CASE-02", tooLate.ruleId());
    }

    @Test
    @Tag("CASE-02")
    @Tag("PEOPLE-01")
    @DisplayName("only a dispatcher dispatches; the limits are policy settings")
    void onlyDispatchers() {
        Case c = w.registered("ROAD");
        assertEquals("PEOPLE-01", assertThrows(RuleViolation.class,
                () -> w.module.dispatchCase().dispatch(new DispatchCase.Command(c.id(), w.acceptor.id(), null))).ruleId());
        assertEquals(CaseStatus.REGISTERED, w.get(c.id()).status());

        CaseWorld strict = new CaseWorld(p -> p.withDispatchLimits(Duration.ofMinutes(5), Duration.ofMinutes(30)));
        assertEquals(strict.now().plus(Duration.ofMinutes(5)), strict.registered("ROAD").dispatchDue().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> CasePolicy.defaults().withDispatchLimits(Duration.ofMinutes(-1), Duration.ofHours(1)));
    }

    @Test
    @Tag("CASE-03")
    @DisplayName("a confirmed return records a wrong dispatch against the dispatcher without anyone recording it")
    void wrongDispatchIsRecorded() {
        Case c = w.dispatched("ROAD");
        w.module.returnCase().request(new ReturnCase.Request(c.id(), w.roadsStaff.id(), w.sanitation.id(), "litter, not road damage"));
        w.module.returnCase().report(new ReturnCase.Decision(c.id(), w.shiftLeader.id(), "reported to the head"));
        w.module.returnCase().confirm(new ReturnCase.Confirmation(c.id(), w.centreHead.id(), Fault.WRONG_DISPATCH, "agreed"));

        assertEquals(List.of(Fault.WRONG_DISPATCH), w.errors.all().stream().map(ErrorRecord::fault).toList());
        assertEquals(w.dispatcher.id(), w.errors.all().get(0).person());
    }

    @Test
    @Tag("CASE-04")
    @DisplayName("two error records against one person within a rolling week escalate to the shift leader on duty")
    void twoInAWeekEscalate() {
        Case first = w.registered("ROAD");
        w.advance(Duration.ofDays(6));
        Case second = w.registered("ROAD", CaseWorld.BUND);
        w.advance(Duration.ofMinutes(16));
        w.dueWork(w.now());

        List<CasesEvent.ErrorsEscalated> escalated = w.events.ofType(CasesEvent.ErrorsEscalated.class);
        assertEquals(1, escalated.size());
        assertEquals(w.acceptor.id(), escalated.get(0).person());
        assertEquals(2, escalated.get(0).records());
        assertEquals(w.shiftLeader.id(), escalated.get(0).superior());
        assertEquals(second.dispatchDue().orElseThrow(), escalated.get(0).occurredAt());
        assertTrue(first.dispatchDue().isPresent());
    }

    @Test
    @Tag("CASE-04")
    @DisplayName("records more than a week apart do not escalate; with nobody on duty escalation goes to the centre head")
    void aWeekApartDoesNot() {
        w.registered("ROAD");
        w.advance(Duration.ofMinutes(16));
        w.dueWork(w.now());
        w.advance(Duration.ofDays(7));
        w.registered("ROAD", CaseWorld.BUND);
        w.advance(Duration.ofMinutes(16));
        w.dueWork(w.now());
        assertEquals(List.of(), w.events.ofType(CasesEvent.ErrorsEscalated.class));

        w.nobodyOnDuty();
        w.advance(Duration.ofMinutes(1));
        w.registered("ROAD", new io.watchfloor.shared.Location(31.3, 121.5, "Hongkou"));
        w.advance(Duration.ofMinutes(16));
        w.dueWork(w.now());
        assertEquals(w.centreHead.id(), w.events.ofType(CasesEvent.ErrorsEscalated.class).get(0).superior());
    }

    @Test
    @Tag("CASE-04")
    @DisplayName("a miss found late by the scheduler still escalates with a record kept before it but dated after it")
    void lateFoundMissEscalates() {
        Case first = w.registered("ROAD");
        w.advance(Duration.ofMinutes(1));
        Case second = w.registered("ROAD", CaseWorld.BUND);
        w.advance(Duration.ofMinutes(16));
        w.module.dispatchCase().dispatch(new DispatchCase.Command(second.id(), w.dispatcher.id(), "late"));
        assertEquals(List.of(second.dispatchDue().orElseThrow()), w.errors.all().stream().map(ErrorRecord::at).toList());

        w.dueWork(w.now());

        assertEquals(List.of(second.dispatchDue().orElseThrow(), first.dispatchDue().orElseThrow()),
                w.errors.all().stream().map(ErrorRecord::at).toList());
        List<CasesEvent.ErrorsEscalated> escalated = w.events.ofType(CasesEvent.ErrorsEscalated.class);
        assertEquals(1, escalated.size());
        assertEquals(w.acceptor.id(), escalated.get(0).person());
        assertEquals(2, escalated.get(0).records());
        assertEquals(second.dispatchDue().orElseThrow(), escalated.get(0).occurredAt());
    }
}
