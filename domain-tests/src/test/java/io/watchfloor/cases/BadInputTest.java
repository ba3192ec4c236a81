package io.watchfloor.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.cases.port.in.ApproveRequest;
import io.watchfloor.cases.port.in.ChaseCase;
import io.watchfloor.cases.port.in.CoordinateCase;
import io.watchfloor.cases.port.in.DispatchCase;
import io.watchfloor.cases.port.in.HandleCase;
import io.watchfloor.cases.port.in.ReceiveReport;
import io.watchfloor.cases.port.in.RecordIncident;
import io.watchfloor.cases.port.in.RegisterCase;
import io.watchfloor.cases.port.in.ReturnCase;
import io.watchfloor.cases.port.in.VerifyCase;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@DisplayName("Bad input to the case use cases")
class BadInputTest {

    private final CaseWorld w = new CaseWorld();

    /** Asserts the command is refused naming exactly {@code fields}, and that nothing stored changed. */
    private void refused(Executable command, String... fields) {
        Object before = List.of(w.cases.all().stream().map(Case::history).toList(), w.errors.all(), w.events.all());
        InvalidCommand e = assertThrows(InvalidCommand.class, command);
        assertEquals(List.of(fields), e.errors().stream().map(InvalidCommand.FieldError::field).distinct().toList());
        assertEquals(before, List.of(w.cases.all().stream().map(Case::history).toList(), w.errors.all(), w.events.all()));
    }

    @Test
    @Tag("CASE-01")
    @Tag("CASE-17")
    @DisplayName("intake commands name every missing or blank field")
    void intake() {
        refused(() -> w.module.receiveReport().receive(new ReceiveReport.Command(null, null, "", null)), "acceptor", "description", "location", "source");
        refused(() -> w.module.receiveReport().receive(null), "command");
        refused(() -> w.module.receiveReport().checkExistence(new ReceiveReport.ExistenceCheck(null, w.supervisor.id(), null, " ")),
                "caseId", "note", "problemExists");
        refused(() -> w.module.registerCase().register(new RegisterCase.Command(null, null, " ", null)), "acceptor", "caseId", "category");
        refused(() -> w.module.registerCase().reject(new RegisterCase.Rejection(CaseId.newId(), w.acceptor.id(), "")), "reason");
        refused(() -> w.module.registerCase().register(new RegisterCase.Command(CaseId.newId(), w.acceptor.id(), "R".repeat(101), null)), "category");
    }

    @Test
    @Tag("CASE-02")
    @Tag("CASE-05")
    @Tag("CASE-06")
    @DisplayName("dispatch and return commands name every missing field")
    void dispatchAndReturns() {
        refused(() -> w.module.dispatchCase().dispatch(new DispatchCase.Command(null, null, null)), "caseId", "dispatcher");
        refused(() -> w.module.dispatchCase().declareSpecialCircumstance(new DispatchCase.SpecialCircumstance(CaseId.newId(), w.dispatcher.id(), " ")),
                "reason");
        refused(() -> w.module.returnCase().request(new ReturnCase.Request(CaseId.newId(), w.roadsStaff.id(), null, "x")), "rightDepartment");
        refused(() -> w.module.returnCase().confirm(new ReturnCase.Confirmation(CaseId.newId(), w.centreHead.id(), null, "x")), "fault");
        refused(() -> w.module.returnCase().decideLate(new ReturnCase.LateReturn(CaseId.newId(), null, null, null, "")),
                "centreHead", "consultation", "fault", "rightDepartment");
    }

    @Test
    @Tag("CASE-08")
    @Tag("CASE-07")
    @Tag("CASE-11")
    @Tag("CASE-16")
    @DisplayName("handling, chase, verification, coordination and approval commands name every bad field")
    void handling() {
        CaseId id = CaseId.newId();
        refused(() -> w.module.handleCase().accept(new HandleCase.Step(id, null, null)), "staff");
        refused(() -> w.module.handleCase().requestExtension(new HandleCase.Extension(id, w.roadsStaff.id(), Duration.ZERO, "rain")), "extraPositive");
        refused(() -> w.module.handleCase().requestExtension(new HandleCase.Extension(id, w.roadsStaff.id(), null, "rain")), "extra");
        refused(() -> w.module.handleCase().requestParking(new HandleCase.Step(id, w.roadsStaff.id(), null)), "note");
        refused(() -> w.module.chaseCase().recordOutcome(new ChaseCase.Outcome(id, w.dispatcher.id(), 0, null, "")), "outcome", "reached", "reminder");
        refused(() -> w.module.verifyCase().instruct(new VerifyCase.Instruction(id, w.dispatcher.id(), null, null)), "supervisor");
        refused(() -> w.module.verifyCase().record(new VerifyCase.Result(id, w.supervisor.id(), null, "")), "note", "passed");
        refused(() -> w.module.coordinateCase().resolve(new CoordinateCase.Resolution(id, null, null, null, "")),
                "centreParty", "departmentParty", "resolution", "supervisionParty");
        refused(() -> w.module.approveRequest().approve(new ApproveRequest.Decision(id, w.shiftLeader.id(), "")), "reason");
    }

    @Test
    @Tag("CASE-14")
    @DisplayName("an incident needs its operator, time, area, type, severity, description and a list of parties")
    void incidents() {
        refused(() -> w.module.recordIncident().record(new RecordIncident.Command(null, null, null, "", null, null, "", null)),
                "area", "description", "operator", "partiesToNotify", "seenAt", "severity", "type");
        refused(() -> w.module.recordIncident().record(new RecordIncident.Command(w.operator.id(), w.now(), null, "x", IncidentType.FIRE,
                Severity.MINOR, "x", List.of(" "))), "partiesToNotify[0].<list element>");
    }

    @Test
    @Tag("CASE-01")
    @DisplayName("an unknown case or person is not found, and nothing changes")
    void unknownIds() {
        Case c = w.registered("ROAD");
        assertEquals("case", assertThrows(NotFound.class, () -> w.module.dispatchCase().dispatch(
                new DispatchCase.Command(CaseId.newId(), w.dispatcher.id(), null))).kind());
        assertEquals("person", assertThrows(NotFound.class, () -> w.module.dispatchCase().dispatch(
                new DispatchCase.Command(c.id(), PersonId.newId(), null))).kind());
        assertEquals(CaseStatus.REGISTERED, w.get(c.id()).status());
        assertEquals("case", assertThrows(NotFound.class, () -> w.module.findCases().get(CaseId.newId())).kind());
    }
}
