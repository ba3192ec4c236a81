package io.watchfloor.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.cases.port.in.ApproveRequest;
import io.watchfloor.cases.port.in.DispatchCase;
import io.watchfloor.cases.port.in.ReturnCase;
import io.watchfloor.cases.port.in.VerifyCase;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.cases.port.in.HandleCase;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Extension (延期) and parking (挂账)")
@Tag("CASE-16")
class ExtensionAndParkingTest {

    private final CaseWorld w = new CaseWorld();

    private ApproveRequest.Decision by(Case c, io.watchfloor.people.Person p) {
        return new ApproveRequest.Decision(c.id(), p.id(), "crew busy with the typhoon");
    }

    @Test
    @DisplayName("an approved extension moves the deadline; the original deadline and the breach already incurred stay on record")
    void extensionKeepsTheRecord() {
        Case c = w.accepted("LITTER");
        Instant original = c.handlingDeadline().orElseThrow();
        w.clock.set(original.plusSeconds(60));
        w.module.handleCase().requestExtension(new HandleCase.Extension(c.id(), w.sanitationStaff.id(), Duration.ofHours(2), "truck broke down"));

        assertEquals("PEOPLE-01", assertThrows(RuleViolation.class, () -> w.module.approveRequest().approve(by(c, w.dispatcher))).ruleId());
        Case extended = w.module.approveRequest().approve(by(c, w.shiftLeader));

        assertEquals(original.plus(Duration.ofHours(2)), extended.handlingDeadline().orElseThrow());
        assertEquals(original, extended.originalDeadline().orElseThrow());
        assertEquals(List.of(original), extended.breaches());
        Instant newDeadline = extended.handlingDeadline().orElseThrow();
        w.dueWork(newDeadline.plusMillis(1));
        assertEquals(List.of(original, newDeadline), w.get(c.id()).breaches());
    }

    @Test
    @DisplayName("an extension needs a positive duration and a reason; one request at a time")
    void extensionInput() {
        Case c = w.accepted("LITTER");
        InvalidCommand bad = assertThrows(InvalidCommand.class, () -> w.module.handleCase().requestExtension(
                new HandleCase.Extension(c.id(), w.sanitationStaff.id(), Duration.ofHours(-1), "")));
        assertEquals(List.of("extra", "extraPositive", "reason"), bad.errors().stream().map(InvalidCommand.FieldError::field).toList());
        w.module.handleCase().requestExtension(new HandleCase.Extension(c.id(), w.sanitationStaff.id(), Duration.ofHours(1), "rain"));
        assertEquals("CASE-16", assertThrows(RuleViolation.class, () -> w.module.handleCase().requestParking(
                new HandleCase.Step(c.id(), w.sanitationStaff.id(), "also park it"))).ruleId());
        Case refused = w.module.approveRequest().refuse(by(c, w.shiftLeader));
        assertEquals(c.handlingDeadline(), refused.handlingDeadline());
    }

    @Test
    @DisplayName("a parked case's clocks stand still; resumed, the deadline moves by the parked time")
    void parking() {
        Case c = w.accepted("LITTER");
        Instant deadline = c.handlingDeadline().orElseThrow();
        w.advance(Duration.ofMinutes(10));
        w.module.handleCase().requestParking(new HandleCase.Step(c.id(), w.sanitationStaff.id(), "awaiting a permit from the district"));
        Case parked = w.module.approveRequest().approve(by(c, w.shiftLeader));
        assertEquals(CaseStatus.PARKED, parked.status());

        w.advance(Duration.ofDays(2));
        assertEquals(List.of(), w.dueWork(w.now()).fired());
        Case resumed = w.module.approveRequest().resume(by(c, w.shiftLeader));

        assertEquals(CaseStatus.ACCEPTED, resumed.status());
        assertEquals(deadline.plus(Duration.ofDays(2)), resumed.handlingDeadline().orElseThrow());
        assertEquals(deadline, resumed.originalDeadline().orElseThrow());
    }

    @Test
    @DisplayName("a request of the department that returned the case lapses with the return: the shift leader cannot approve it for the next department")
    void requestLapsesWithTheReturn() {
        Case c = w.dispatched("ROAD");
        w.module.handleCase().requestExtension(new HandleCase.Extension(c.id(), w.roadsStaff.id(), Duration.ofHours(2), "needs asphalt"));
        w.module.returnCase().request(new ReturnCase.Request(c.id(), w.roadsStaff.id(), w.sanitation.id(), "litter, not road damage"));
        w.module.returnCase().report(new ReturnCase.Decision(c.id(), w.shiftLeader.id(), "department says it is litter"));
        Case returned = w.module.returnCase().confirm(new ReturnCase.Confirmation(c.id(), w.centreHead.id(), Fault.WRONG_DISPATCH, "agreed"));

        assertEquals(java.util.Optional.empty(), returned.pendingExtension());
        assertEquals("CASE-16", assertThrows(RuleViolation.class, () -> w.module.approveRequest().approve(by(c, w.shiftLeader))).ruleId());
        Case redispatched = w.module.dispatchCase().dispatch(new DispatchCase.Command(c.id(), w.dispatcher.id(), "改派"));
        assertEquals(java.util.Optional.empty(), redispatched.pendingExtension());
        assertEquals("CASE-16", assertThrows(RuleViolation.class, () -> w.module.approveRequest().approve(by(c, w.shiftLeader))).ruleId());
    }

    @Test
    @DisplayName("a case closed after its deadline passed is not closed on time, even within an extension approved after the breach")
    void breachStaysOnTheAppraisal() {
        Case c = w.accepted("LITTER");
        Instant original = c.handlingDeadline().orElseThrow();
        w.clock.set(original.plusSeconds(60));
        w.module.handleCase().requestExtension(new HandleCase.Extension(c.id(), w.sanitationStaff.id(), Duration.ofHours(2), "truck broke down"));
        Case extended = w.module.approveRequest().approve(by(c, w.shiftLeader));
        w.advance(Duration.ofMinutes(10));
        w.module.handleCase().reportCompletion(new HandleCase.Step(c.id(), w.sanitationStaff.id(), "bins emptied"));
        w.module.verifyCase().instruct(new VerifyCase.Instruction(c.id(), w.dispatcher.id(), w.supervisor.id(), "please check"));
        Case closed = w.module.verifyCase().record(new VerifyCase.Result(c.id(), w.supervisor.id(), true, "clean"));

        assertEquals(true, closed.closedAt().orElseThrow().isBefore(extended.handlingDeadline().orElseThrow()));
        assertEquals(List.of(original), closed.breaches());
        assertEquals(false, closed.closedOnTime());
        TimeRange day = new TimeRange(original.minus(Duration.ofDays(1)), original.plus(Duration.ofDays(1)));
        Appraisal fromState = w.module.appraiseStaff().fromState(day);
        assertEquals(1, fromState.of(w.sanitation.id()).due());
        assertEquals(0, fromState.of(w.sanitation.id()).closedOnTime());
        assertEquals(fromState, w.module.appraiseStaff().fromHistory(day));
    }

    @Test
    @DisplayName("an extension approved before the deadline passed lets a closure within it count as on time")
    void extensionInTimeIsOnTime() {
        Case c = w.accepted("LITTER");
        Instant original = c.handlingDeadline().orElseThrow();
        w.clock.set(original.minusSeconds(600));
        w.module.handleCase().requestExtension(new HandleCase.Extension(c.id(), w.sanitationStaff.id(), Duration.ofHours(2), "truck broke down"));
        w.module.approveRequest().approve(by(c, w.shiftLeader));
        w.clock.set(original.plusSeconds(600));
        w.module.handleCase().reportCompletion(new HandleCase.Step(c.id(), w.sanitationStaff.id(), "bins emptied"));
        w.module.verifyCase().instruct(new VerifyCase.Instruction(c.id(), w.dispatcher.id(), w.supervisor.id(), "please check"));
        Case closed = w.module.verifyCase().record(new VerifyCase.Result(c.id(), w.supervisor.id(), true, "clean"));

        assertEquals(List.of(), closed.breaches());
        assertEquals(true, closed.closedOnTime());
    }
}
