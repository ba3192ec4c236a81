package io.watchfloor.cases;

import static io.watchfloor.cases.CaseWorld.BUND;
import static io.watchfloor.cases.CaseWorld.NEAR_SQUARE;
import static io.watchfloor.cases.CaseWorld.PEOPLES_SQUARE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.cases.port.in.ReceiveReport;
import io.watchfloor.cases.port.in.RegisterCase;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Receiving and registering reports")
class ReceivingAndRegisteringTest {

    private final CaseWorld w = new CaseWorld();

    @Test
    @Tag("CASE-01")
    @DisplayName("a registered case goes to the department its category names, with the dispatch limit running")
    void registersIntoTheCategorysDepartment() {
        Case c = w.registered("LITTER");

        assertEquals(CaseStatus.REGISTERED, c.status());
        assertEquals(w.sanitation.id(), c.department().orElseThrow());
        assertEquals(w.now().plus(Duration.ofMinutes(15)), c.dispatchDue().orElseThrow());
        assertEquals(w.acceptor.id(), c.registeredBy().orElseThrow());
    }

    @Test
    @Tag("CASE-01")
    @DisplayName("a report can be rejected with a reason, which stays on the case")
    void rejectsWithAReason() {
        Case c = w.received(ReportSource.CAMERA, PEOPLES_SQUARE);

        Case rejected = w.module.registerCase().reject(new RegisterCase.Rejection(c.id(), w.acceptor.id(), "private property, not ours"));

        assertEquals(CaseStatus.REJECTED, rejected.status());
        assertEquals("private property, not ours", rejected.rejection().orElseThrow());
        RuleViolation again = assertThrows(RuleViolation.class,
                () -> w.module.registerCase().register(new RegisterCase.Command(c.id(), w.acceptor.id(), "ROAD", null)));
        assertEquals("CASE-01", again.ruleId());
    }

    @Test
    @Tag("CASE-01")
    @Tag("PEOPLE-01")
    @DisplayName("only an acceptor receives and registers; anyone else is refused under PEOPLE-01 and nothing is stored")
    void onlyAcceptors() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> w.module.receiveReport().receive(
                new ReceiveReport.Command(w.operator.id(), ReportSource.CAMERA, "pothole", PEOPLES_SQUARE)));
        assertEquals("PEOPLE-01", refused.ruleId());
        assertEquals(0, w.cases.size());

        Case c = w.received(ReportSource.CAMERA, PEOPLES_SQUARE);
        assertThrows(RuleViolation.class, () -> w.module.registerCase().register(new RegisterCase.Command(c.id(), w.dispatcher.id(), "ROAD", null)));
        assertEquals(CaseStatus.RECEIVED, w.get(c.id()).status());
    }

    @Test
    @Tag("CASE-01")
    @DisplayName("bad input is refused naming the field: a blank description, an unknown category, an unknown case")
    void badInput() {
        InvalidCommand blank = assertThrows(InvalidCommand.class, () -> w.module.receiveReport().receive(
                new ReceiveReport.Command(w.acceptor.id(), ReportSource.CAMERA, " ", null)));
        assertEquals(java.util.List.of("description", "location"), blank.errors().stream().map(InvalidCommand.FieldError::field).toList());

        Case c = w.received(ReportSource.CAMERA, PEOPLES_SQUARE);
        NotFound unknownCategory = assertThrows(NotFound.class,
                () -> w.module.registerCase().register(new RegisterCase.Command(c.id(), w.acceptor.id(), "GRAFFITI", null)));
        assertEquals("category", unknownCategory.kind());
        assertThrows(NotFound.class, () -> w.module.registerCase().register(
                new RegisterCase.Command(io.watchfloor.shared.CaseId.newId(), w.acceptor.id(), "ROAD", null)));
        assertEquals(CaseStatus.RECEIVED, w.get(c.id()).status());
        assertEquals(1, w.cases.size());
    }

    @Test
    @Tag("CASE-17")
    @DisplayName("a public report needs the existence check (核实) before registration; a camera report does not")
    void existenceCheckBeforeRegistration() {
        Case fromPublic = w.received(ReportSource.PUBLIC, PEOPLES_SQUARE);
        assertTrue(fromPublic.needsExistenceCheck());
        assertFalse(w.received(ReportSource.CAMERA, BUND).needsExistenceCheck());

        RuleViolation early = assertThrows(RuleViolation.class,
                () -> w.module.registerCase().register(new RegisterCase.Command(fromPublic.id(), w.acceptor.id(), "ROAD", null)));
        assertEquals("CASE-17", early.ruleId());
        assertTrue(early.sentence().contains("核实"));

        w.module.receiveReport().checkExistence(new ReceiveReport.ExistenceCheck(fromPublic.id(), w.supervisor.id(), true, "hole is there, 40 cm"));
        Case registered = w.module.registerCase().register(new RegisterCase.Command(fromPublic.id(), w.acceptor.id(), "ROAD", null));
        assertEquals(CaseStatus.REGISTERED, registered.status());
        assertEquals(Boolean.TRUE, registered.existenceConfirmed().orElseThrow());
    }

    @Test
    @Tag("CASE-17")
    @DisplayName("an existence check that finds no problem rejects the report; only a field supervisor checks")
    void existenceCheckFindsNothing() {
        Case fromHotline = w.received(ReportSource.HOTLINE, PEOPLES_SQUARE);

        assertEquals("PEOPLE-01", assertThrows(RuleViolation.class, () -> w.module.receiveReport().checkExistence(
                new ReceiveReport.ExistenceCheck(fromHotline.id(), w.dispatcher.id(), false, "x"))).ruleId());
        Case checked = w.module.receiveReport().checkExistence(
                new ReceiveReport.ExistenceCheck(fromHotline.id(), w.supervisor.id(), false, "road already repaired"));

        assertEquals(CaseStatus.REJECTED, checked.status());
        assertTrue(checked.rejection().orElseThrow().contains("road already repaired"));
    }

    @Test
    @Tag("CASE-09")
    @DisplayName("the same problem reported again near the same place is linked to the open case, flagged to the shift leader")
    void repeatReportsAreLinked() {
        Case open = w.registered("ROAD", PEOPLES_SQUARE);
        w.advance(Duration.ofHours(5));

        Case again = w.registered("ROAD", NEAR_SQUARE);

        assertEquals(CaseStatus.REPEAT, again.status());
        assertEquals(open.id(), again.repeatOf().orElseThrow());
        assertEquals(1, w.get(open.id()).repeats());
        var flagged = w.events.ofType(CasesEvent.RepeatFlagged.class);
        assertEquals(1, flagged.size());
        assertEquals(w.shiftLeader.id(), flagged.get(0).flaggedTo());
        assertEquals(open.id(), flagged.get(0).caseId());
    }

    @Test
    @Tag("CASE-09")
    @DisplayName("a report far away, of another category, or after the window opens a case of its own")
    void notRepeats() {
        Case open = w.registered("ROAD", PEOPLES_SQUARE);

        assertEquals(CaseStatus.REGISTERED, w.registered("ROAD", BUND).status());
        assertEquals(CaseStatus.REGISTERED, w.registered("LITTER", NEAR_SQUARE).status());
        w.advance(w.policy.repeatWindow().plusMillis(1));
        assertEquals(CaseStatus.REGISTERED, w.registered("ROAD", NEAR_SQUARE).status());
        assertEquals(0, w.get(open.id()).repeats());
    }

    @Test
    @Tag("CASE-09")
    @DisplayName("the repeat radius and window are policy settings")
    void repeatSettingsAreConfigurable() {
        CaseWorld wide = new CaseWorld(p -> p.withRepeats(2_000, Duration.ofDays(1)));
        Case open = wide.registered("ROAD", PEOPLES_SQUARE);

        assertEquals(CaseStatus.REPEAT, wide.registered("ROAD", BUND).status());
        assertEquals(1, wide.get(open.id()).repeats());
        assertThrows(IllegalArgumentException.class, () -> CasePolicy.defaults().withRepeats(0, Duration.ofDays(1)));
    }
}
