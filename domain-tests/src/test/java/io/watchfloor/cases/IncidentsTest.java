package io.watchfloor.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.cases.port.in.RecordIncident;
import io.watchfloor.plans.Activation;
import io.watchfloor.plans.ActivationId;
import io.watchfloor.plans.port.in.ActivatePlan;
import io.watchfloor.plans.port.in.DefinePlan;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Incidents and contingency plans")
class IncidentsTest {

    private final CaseWorld w = new CaseWorld();

    @BeforeEach
    void firePlan() {
        w.plansModule.definePlan().define(new DefinePlan.Command(w.centreHead.id(), IncidentType.FIRE, "Fire in the monitored area",
                List.of("Call 119", "Notify the centre head", "Keep the camera on the scene and record", "Export the footage as evidence")));
    }

    private RecordIncident.Command fire(Severity severity) {
        return new RecordIncident.Command(w.operator.id(), w.now().minusSeconds(120), new CameraId(java.util.UUID.randomUUID()),
                "Nanjing Road East, block 3", IncidentType.FIRE, severity, "Smoke from a shop front", List.of("119 fire brigade"));
    }

    @Test
    @Tag("CASE-14")
    @DisplayName("a major incident is reported to leadership at once and activates its type's plan")
    void majorIncident() {
        Incident incident = w.module.recordIncident().record(fire(Severity.MAJOR));

        List<CasesEvent.LeadershipNotified> told = w.events.ofType(CasesEvent.LeadershipNotified.class);
        assertEquals(1, told.size());
        assertEquals(List.of(w.shiftLeader.id(), w.centreHead.id()), told.get(0).leaders());
        assertEquals(w.now(), told.get(0).occurredAt());
        assertEquals(List.of("119 fire brigade"), told.get(0).partiesNotified());
        assertFalse(incident.planActivation().isEmpty());
        Activation activation = w.activations.get(ActivationId.of(incident.planActivation()));
        assertEquals(incident.id(), activation.incident());
        assertEquals(4, activation.steps().size());
    }

    @Test
    @Tag("CASE-14")
    @DisplayName("a minor incident is recorded with its time, camera, area and description, and later its handling result")
    void minorIncident() {
        RecordIncident.Command command = fire(Severity.MINOR);
        Incident incident = w.module.recordIncident().record(command);

        assertEquals(List.of(), w.events.ofType(CasesEvent.LeadershipNotified.class));
        assertEquals("", incident.planActivation());
        assertEquals(command.seenAt(), incident.seenAt());
        assertEquals(command.camera(), incident.cameraId().orElseThrow());
        Incident handled = w.module.recordIncident().recordResult(new RecordIncident.Result(incident.id(), w.operator.id(), "shop owner put it out"));
        assertTrue(handled.isHandled());
        assertEquals("CASE-14", assertThrows(RuleViolation.class, () -> w.module.recordIncident().recordResult(
                new RecordIncident.Result(incident.id(), w.operator.id(), "again"))).ruleId());
    }

    @Test
    @Tag("CASE-14")
    @DisplayName("an incident seen in the future, without area or by someone not watching is refused and nothing is stored")
    void badIncidents() {
        RecordIncident.Command future = new RecordIncident.Command(w.operator.id(), w.now().plus(Duration.ofMinutes(1)), null, "x",
                IncidentType.FIRE, Severity.MINOR, "x", List.of());
        assertEquals("seenAt", assertThrows(InvalidCommand.class, () -> w.module.recordIncident().record(future)).errors().get(0).field());
        RecordIncident.Command noArea = new RecordIncident.Command(w.operator.id(), w.now(), null, "", IncidentType.FIRE, Severity.MINOR, "x", List.of());
        assertEquals("area", assertThrows(InvalidCommand.class, () -> w.module.recordIncident().record(noArea)).errors().get(0).field());
        RecordIncident.Command byStaff = new RecordIncident.Command(w.roadsStaff.id(), w.now(), null, "x", IncidentType.FIRE, Severity.MAJOR, "x", List.of());
        assertEquals("PEOPLE-01", assertThrows(RuleViolation.class, () -> w.module.recordIncident().record(byStaff)).ruleId());
        assertEquals(List.of(), w.incidents.seenBetween(w.now().minus(Duration.ofDays(1)), w.now().plusSeconds(3600)));
        assertEquals(List.of(), w.activations.all());
    }

    @Test
    @Tag("PLAN-01")
    @DisplayName("an activation is a checklist ticked in order with time and actor")
    void checklistInOrder() {
        Incident incident = w.module.recordIncident().record(fire(Severity.MAJOR));
        ActivationId id = ActivationId.of(incident.planActivation());

        assertEquals("PLAN-01", assertThrows(RuleViolation.class, () -> w.plansModule.activatePlan().tick(
                new ActivatePlan.Tick(id, 2, w.operator.id()))).ruleId());
        w.advance(Duration.ofMinutes(1));
        Activation one = w.plansModule.activatePlan().tick(new ActivatePlan.Tick(id, 1, w.operator.id()));
        assertEquals(new Activation.Tick(1, w.operator.id(), w.now()), one.ticks().get(0));
        for (int step = 2; step <= 4; step++) {
            w.plansModule.activatePlan().tick(new ActivatePlan.Tick(id, step, w.shiftLeader.id()));
        }
        assertTrue(w.activations.get(id).isComplete());
        assertEquals("PLAN-01", assertThrows(RuleViolation.class, () -> w.plansModule.activatePlan().tick(
                new ActivatePlan.Tick(id, 5, w.operator.id()))).ruleId());
    }

    @Test
    @Tag("PLAN-01")
    @DisplayName("one plan per incident type; a type without a plan activates nothing")
    void onePlanPerType() {
        assertEquals("PLAN-01", assertThrows(RuleViolation.class, () -> w.plansModule.definePlan().define(
                new DefinePlan.Command(w.centreHead.id(), IncidentType.FIRE, "Another", List.of("x")))).ruleId());
        assertEquals("PEOPLE-01", assertThrows(RuleViolation.class, () -> w.plansModule.definePlan().define(
                new DefinePlan.Command(w.operator.id(), IncidentType.FLOODING, "Flood", List.of("x")))).ruleId());
        Incident flood = w.module.recordIncident().record(new RecordIncident.Command(w.operator.id(), w.now(), null, "Underpass", IncidentType.FLOODING,
                Severity.MAJOR, "Water rising", List.of()));
        assertEquals("", flood.planActivation());
        assertEquals(1, w.events.ofType(CasesEvent.LeadershipNotified.class).size());
    }
}
