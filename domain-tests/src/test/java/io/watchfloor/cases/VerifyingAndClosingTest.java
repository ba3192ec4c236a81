package io.watchfloor.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.cases.port.in.ChaseCase;
import io.watchfloor.cases.port.in.HandleCase;
import io.watchfloor.cases.port.in.ReturnCase;
import io.watchfloor.cases.port.in.VerifyCase;
import io.watchfloor.shared.RuleViolation;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Verifying, closing, rework and hard cases")
class VerifyingAndClosingTest {

    private final CaseWorld w = new CaseWorld();

    private Case completedAndSentForVerification(Case c) {
        w.module.handleCase().reportCompletion(new HandleCase.Step(c.id(), w.staffFor(c.category().orElseThrow()).id(), "bins emptied"));
        return w.module.verifyCase().instruct(new VerifyCase.Instruction(c.id(), w.dispatcher.id(), w.supervisor.id(), "please check"));
    }

    @Test
    @Tag("CASE-08")
    @DisplayName("a passed verification closes the case, on time when closed by the deadline")
    void passedCloses() {
        Case c = w.accepted("LITTER");
        w.advance(Duration.ofMinutes(50));
        completedAndSentForVerification(c);
        w.advance(Duration.ofMinutes(70));

        Case closed = w.module.verifyCase().record(new VerifyCase.Result(c.id(), w.supervisor.id(), true, "clean"));

        assertEquals(CaseStatus.CLOSED, closed.status());
        assertEquals(c.handlingDeadline().orElseThrow(), closed.closedAt().orElseThrow());
        assertTrue(closed.closedOnTime());
        assertEquals(0, closed.reworks());
    }

    @Test
    @Tag("CASE-08")
    @DisplayName("a failed verification sends it back as rework, counted; a closed case never changes again")
    void failedIsRework() {
        Case c = w.accepted("LITTER");
        completedAndSentForVerification(c);

        Case rework = w.module.verifyCase().record(new VerifyCase.Result(c.id(), w.supervisor.id(), false, "bins still overflowing"));
        assertEquals(CaseStatus.ACCEPTED, rework.status());
        assertEquals(1, rework.reworks());

        completedAndSentForVerification(c);
        w.advance(Duration.ofHours(3));
        Case closed = w.module.verifyCase().record(new VerifyCase.Result(c.id(), w.supervisor.id(), true, "clean now"));
        assertFalse(closed.closedOnTime());
        assertEquals(1, closed.reworks());

        RuleViolation after = assertThrows(RuleViolation.class, () -> w.module.handleCase().reportCompletion(
                new HandleCase.Step(c.id(), w.sanitationStaff.id(), "again")));
        assertTrue(after.sentence().contains("final"));
        assertEquals(closed.history(), w.get(c.id()).history());
    }

    @Test
    @Tag("CASE-08")
    @Tag("PEOPLE-01")
    @DisplayName("only a dispatcher instructs, only a field supervisor verifies, and only the one instructed")
    void actors() {
        Case c = w.accepted("LITTER");
        w.module.handleCase().reportCompletion(new HandleCase.Step(c.id(), w.sanitationStaff.id(), "done"));

        assertEquals("PEOPLE-01", assertThrows(RuleViolation.class, () -> w.module.verifyCase().instruct(
                new VerifyCase.Instruction(c.id(), w.acceptor.id(), w.supervisor.id(), null))).ruleId());
        assertEquals("PEOPLE-01", assertThrows(RuleViolation.class, () -> w.module.verifyCase().instruct(
                new VerifyCase.Instruction(c.id(), w.dispatcher.id(), w.operator.id(), null))).ruleId());
        w.module.verifyCase().instruct(new VerifyCase.Instruction(c.id(), w.dispatcher.id(), w.supervisor.id(), null));
        assertEquals("CASE-08", assertThrows(RuleViolation.class, () -> w.module.verifyCase().record(
                new VerifyCase.Result(c.id(), w.otherSupervisor.id(), true, "looks fine"))).ruleId());
        assertEquals(CaseStatus.VERIFYING, w.get(c.id()).status());
    }

    @Test
    @Tag("CASE-12")
    @DisplayName("a failed verification makes a hard case reported to the shift leader on duty")
    void failedVerificationIsHard() {
        Case c = w.accepted("LITTER");
        completedAndSentForVerification(c);
        w.module.verifyCase().record(new VerifyCase.Result(c.id(), w.supervisor.id(), false, "not done"));

        List<CasesEvent.HardCaseReported> reported = w.events.ofType(CasesEvent.HardCaseReported.class);
        assertEquals(1, reported.size());
        assertEquals(Set.of(HardCaseReason.VERIFICATION_FAILED), reported.get(0).reasons());
        assertEquals(w.shiftLeader.id(), reported.get(0).reportedTo());
        assertEquals(List.of(new HardCase(c.id(), Set.of(HardCaseReason.VERIFICATION_FAILED), w.shiftLeader.id())),
                w.module.findCases().hardCases(w.now()));
    }

    @Test
    @Tag("CASE-12")
    @DisplayName("leader supervision and a pending return are hard cases; with nobody on duty they go to the centre head")
    void supervisionAndReturns() {
        w.nobodyOnDuty();
        Case supervised = w.accepted("LITTER");
        assertEquals("PEOPLE-01", assertThrows(RuleViolation.class, () -> w.module.chaseCase().supervise(
                new ChaseCase.Supervision(supervised.id(), w.shiftLeader.id(), "x"))).ruleId());
        w.module.chaseCase().supervise(new ChaseCase.Supervision(supervised.id(), w.centreHead.id(), "the district head asked"));
        Case returning = w.dispatched("ROAD");
        w.module.returnCase().request(new ReturnCase.Request(returning.id(), w.roadsStaff.id(), w.sanitation.id(), "litter"));

        List<HardCase> hard = w.module.findCases().hardCases(w.now());
        assertEquals(2, hard.size());
        assertEquals(Set.of(HardCaseReason.LEADER_SUPERVISED), hard.get(0).reasons());
        assertEquals(Set.of(HardCaseReason.AWAITING_RETURN), hard.get(1).reasons());
        assertTrue(hard.stream().allMatch(h -> w.centreHead.id().equals(h.reportTo())));
        assertEquals(2, w.events.ofType(CasesEvent.HardCaseReported.class).size());
    }
}
