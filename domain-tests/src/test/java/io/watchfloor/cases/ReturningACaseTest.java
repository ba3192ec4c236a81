package io.watchfloor.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.cases.port.in.DispatchCase;
import io.watchfloor.cases.port.in.ReturnCase;
import io.watchfloor.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Returning a wrongly dispatched case")
class ReturningACaseTest {

    private final CaseWorld w = new CaseWorld();

    private Case requestReturn(Case c) {
        return w.module.returnCase().request(new ReturnCase.Request(c.id(), w.roadsStaff.id(), w.sanitation.id(), "litter, not road damage"));
    }

    @Test
    @Tag("CASE-05")
    @DisplayName("a return asked within the hour takes effect only after the shift leader reports and the centre head confirms; then it is re-dispatched")
    void returnWithinTheHour() {
        Case c = w.dispatched("ROAD");
        w.advance(Duration.ofMinutes(59));
        Case asked = requestReturn(c);
        assertEquals(CaseStatus.RETURN_REQUESTED, asked.status());

        RuleViolation tooSoon = assertThrows(RuleViolation.class, () -> w.module.returnCase().confirm(
                new ReturnCase.Confirmation(c.id(), w.centreHead.id(), Fault.WRONG_DISPATCH, "agreed")));
        assertEquals("CASE-05", tooSoon.ruleId());
        assertEquals("PEOPLE-01", assertThrows(RuleViolation.class, () -> w.module.returnCase().report(
                new ReturnCase.Decision(c.id(), w.dispatcher.id(), "reporting"))).ruleId());

        w.module.returnCase().report(new ReturnCase.Decision(c.id(), w.shiftLeader.id(), "department says it is litter"));
        assertEquals("PEOPLE-01", assertThrows(RuleViolation.class, () -> w.module.returnCase().confirm(
                new ReturnCase.Confirmation(c.id(), w.shiftLeader.id(), Fault.WRONG_DISPATCH, "agreed"))).ruleId());
        Case confirmed = w.module.returnCase().confirm(new ReturnCase.Confirmation(c.id(), w.centreHead.id(), Fault.WRONG_REGISTRATION, "agreed"));

        assertEquals(CaseStatus.REGISTERED, confirmed.status());
        assertEquals(w.sanitation.id(), confirmed.department().orElseThrow());
        assertEquals(w.now().plus(Duration.ofMinutes(15)), confirmed.dispatchDue().orElseThrow());
        Case redispatched = w.module.dispatchCase().dispatch(new DispatchCase.Command(c.id(), w.dispatcher.id(), "改派"));
        assertEquals(w.sanitation.id(), redispatched.lastDispatch().to());
        assertEquals(2, redispatched.dispatches().size());
        assertEquals(1, redispatched.returns().size());
    }

    @Test
    @Tag("CASE-05")
    @DisplayName("a return must name another, existing, responsible department")
    void mustNameTheRightDepartment() {
        Case c = w.dispatched("ROAD");
        assertEquals("CASE-05", assertThrows(RuleViolation.class, () -> w.module.returnCase().request(
                new ReturnCase.Request(c.id(), w.roadsStaff.id(), w.roads.id(), "not ours"))).ruleId());
        assertThrows(io.watchfloor.shared.NotFound.class, () -> w.module.returnCase().request(
                new ReturnCase.Request(c.id(), w.roadsStaff.id(), io.watchfloor.people.DepartmentId.newId(), "not ours")));
        assertEquals("PEOPLE-01", assertThrows(RuleViolation.class, () -> w.module.returnCase().request(
                new ReturnCase.Request(c.id(), w.sanitationStaff.id(), w.sanitation.id(), "not ours"))).ruleId());
        assertEquals("CASE-05", assertThrows(RuleViolation.class, () -> w.module.returnCase().request(
                new ReturnCase.Request(c.id(), w.roadsStaff.id(), w.supervisionOffice.id(), "not ours"))).ruleId());
        assertEquals(CaseStatus.DISPATCHED, w.get(c.id()).status());
    }

    @Test
    @Tag("CASE-06")
    @DisplayName("the window is met at exactly 1 h and closed 1 ms later")
    void windowBoundary() {
        Case c = w.dispatched("ROAD");
        Instant end = c.returnWindowEnd().orElseThrow();
        assertEquals(c.lastDispatch().at().plus(Duration.ofHours(1)), end);

        w.clock.set(end.plusMillis(1));
        ReturnWindowClosed closed = assertThrows(ReturnWindowClosed.class, () -> requestReturn(c));
        assertEquals("CASE-06", closed.ruleId());
        assertEquals(end, closed.closedAt());
        assertEquals(CaseStatus.DISPATCHED, w.get(c.id()).status());

        w.clock.set(end);
        assertEquals(CaseStatus.RETURN_REQUESTED, requestReturn(c).status());
    }

    @Test
    @Tag("CASE-06")
    @DisplayName("the hour counts the department's working time: dispatched at 11:30, the window runs over lunch to 14:00")
    void windowCountsWorkingHours() {
        w.clock.set(CaseWorld.at(2026, 11, 23, 11, 30));
        Case c = w.dispatched("ROAD");

        assertEquals(CaseWorld.at(2026, 11, 23, 14, 0), c.returnWindowEnd().orElseThrow());
        w.clock.set(CaseWorld.at(2026, 11, 23, 13, 59));
        assertEquals(CaseStatus.RETURN_REQUESTED, requestReturn(c).status());
    }

    @Test
    @Tag("CASE-06")
    @DisplayName("after the window only the centre head's late-return decision returns it, once held over 1 working hour")
    void lateReturnByTheCentreHead() {
        Case c = w.dispatched("ROAD");
        Instant heldEnough = c.lateReturnFrom().orElseThrow();
        ReturnCase.LateReturn decision = new ReturnCase.LateReturn(c.id(), w.centreHead.id(), w.sanitation.id(), Fault.WRONG_DISPATCH,
                "consulted the Roads Bureau: they have no equipment for bins");

        w.clock.set(heldEnough);
        assertEquals("CASE-06", assertThrows(RuleViolation.class, () -> w.module.returnCase().decideLate(decision)).ruleId());
        w.clock.set(heldEnough.plusMillis(1));
        assertEquals("PEOPLE-01", assertThrows(RuleViolation.class, () -> w.module.returnCase().decideLate(
                new ReturnCase.LateReturn(c.id(), w.shiftLeader.id(), w.sanitation.id(), Fault.WRONG_DISPATCH, "x"))).ruleId());

        Case returned = w.module.returnCase().decideLate(decision);

        assertEquals(CaseStatus.REGISTERED, returned.status());
        assertTrue(returned.returns().get(0).late());
        assertTrue(returned.history().stream().anyMatch(e -> e instanceof CaseEvent.ReturnConfirmed r && r.late()
                && r.reason().contains("consulted")));
    }

    @Test
    @Tag("CASE-05")
    @DisplayName("the centre head may refuse a return; the department handles the case on")
    void refused() {
        Case c = w.accepted("ROAD");
        requestReturn(c);
        Case refused = w.module.returnCase().refuse(new ReturnCase.Decision(c.id(), w.centreHead.id(), "it is road damage"));
        assertEquals(CaseStatus.ACCEPTED, refused.status());
        assertTrue(refused.returns().isEmpty());
    }
}
