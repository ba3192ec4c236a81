package io.watchfloor.examples.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.cases.Case;
import io.watchfloor.cases.CaseEvent;
import io.watchfloor.cases.CaseStatus;
import io.watchfloor.cases.CasesEvent;
import io.watchfloor.cases.Incident;
import io.watchfloor.examples.DemoWeek;
import io.watchfloor.examples.DutyReport;
import io.watchfloor.plans.PlansEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The cases part of the demo week")
class CasesWeekTest {

    private static DemoWeek.Played played;
    private static CasesWeek part;
    private static DutyReport report;
    private static List<Case> cases;

    @BeforeAll
    static void play() {
        played = DemoWeek.standard().play();
        part = played.centre().part(CasesWeek.class);
        report = played.report();
        cases = part.caseStore().all();
    }

    private static long n(String key) {
        return report.figure(key).longValue();
    }

    private static long withStatus(CaseStatus status) {
        return cases.stream().filter(c -> c.status() == status).count();
    }

    @Test
    @DisplayName("counts the reports, registrations, rejections, repeats, closures and open cases held in the store")
    void intake() {
        assertEquals(cases.size(), n("cases.received"));
        assertEquals(cases.stream().filter(c -> c.registeredAt().isPresent()).count(), n("cases.registered"));
        assertEquals(withStatus(CaseStatus.REJECTED), n("cases.rejected"));
        assertEquals(withStatus(CaseStatus.REPEAT), n("cases.repeats"));
        assertEquals(withStatus(CaseStatus.CLOSED), n("cases.closed"));
        assertEquals(withStatus(CaseStatus.PARKED), n("cases.parked"));
        assertEquals(cases.stream().filter(c -> !c.status().isFinal() && c.status() != CaseStatus.RECEIVED).count(), n("cases.open"));
        assertTrue(n("cases.closed") >= 5, "the week closes most of its cases");
        assertEquals(1, n("cases.repeats"));
        assertEquals(1, n("cases.rejected"));
    }

    @Test
    @Tag("CASE-10")
    @DisplayName("the timer figures match the events the centre's clock raised, each dated at its own deadline")
    void timers() {
        List<CaseEvent> events = played.centre().events().ofType(CaseEvent.class);
        assertEquals(events.stream().filter(CaseEvent.DispatchLimitMissed.class::isInstance).count(), n("cases.dispatchLimitsMissed"));
        assertEquals(events.stream().filter(CaseEvent.ReminderRaised.class::isInstance).count(), n("cases.reminders"));
        assertEquals(events.stream().filter(CaseEvent.HandlingDeadlinePassed.class::isInstance).count(), n("cases.breaches"));
        for (Case c : cases) {
            for (CaseEvent e : c.history()) {
                if (e instanceof CaseEvent.ReminderRaised r && r.kind() == io.watchfloor.cases.ReminderKind.NOT_ACCEPTED) {
                    CaseEvent.CaseDispatched d = (CaseEvent.CaseDispatched) c.history().stream()
                            .filter(x -> x instanceof CaseEvent.CaseDispatched && !x.occurredAt().isAfter(r.occurredAt()))
                            .reduce((a, b) -> b).orElseThrow();
                    assertEquals(d.acceptanceChaseDue(), r.occurredAt());
                }
            }
        }
        assertTrue(n("cases.dispatchLimitsMissed") >= 1);
        assertTrue(n("cases.reminders") >= 2);
    }

    @Test
    @DisplayName("returns, reworks, coordinations, extensions, error records and escalations match the facts")
    void handling() {
        assertEquals(cases.stream().mapToLong(c -> c.returns().size()).sum(), n("cases.returns"));
        assertEquals(cases.stream().mapToLong(c -> c.verifications().stream().filter(v -> !v.passed()).count()).sum(), n("cases.reworks"));
        assertEquals(cases.stream().mapToLong(c -> c.history().stream().filter(CaseEvent.CoordinationResolved.class::isInstance).count()).sum(),
                n("cases.coordinations"));
        assertEquals(1, cases.stream().filter(c -> !c.paused().isZero()).count());
        assertEquals(part.errorStore().all().size(), n("cases.errorRecords"));
        assertEquals(cases.stream().mapToLong(c -> c.errors().size()).sum(), n("cases.errorRecords"));
        assertEquals(played.centre().events().ofType(CasesEvent.ErrorsEscalated.class).size(), n("cases.escalations"));
        var records = part.errorStore().all();
        long expected = records.stream().filter(r -> records.stream().filter(o -> o.person().equals(r.person())
                && o.at().isAfter(r.at().minus(java.time.Duration.ofDays(7))) && !o.at().isAfter(r.at())).count() >= 2).count();
        assertEquals(expected, n("cases.escalations"));
        assertTrue(n("cases.escalations") >= 1, "Gao Yan's late dispatch and wrong registration fall in one week");
        assertEquals(cases.stream().filter(c -> !c.hardCaseReasons().isEmpty()).count(), n("cases.hardCases"));
    }

    @Test
    @Tag("CASE-15")
    @DisplayName("the appraisal rates are recomputed from the dispatches and closures, and agree with the history")
    void appraisal() {
        Instant start = DemoWeek.START;
        Instant end = start.plus(DemoWeek.LENGTH);
        long dispatches = cases.stream().flatMap(c -> c.dispatches().stream()).filter(d -> !d.at().isBefore(start) && d.at().isBefore(end)).count();
        long onTime = cases.stream().flatMap(c -> c.dispatches().stream()).filter(d -> !d.at().isBefore(start) && d.at().isBefore(end) && d.onTime()).count();
        assertEquals((double) onTime / dispatches, report.figure("cases.onTimeDispatchRate").doubleValue(), 1e-9);
        List<Case> due = cases.stream().filter(c -> c.handlingDeadline().map(d -> !d.isBefore(start) && d.isBefore(end)).orElse(false)).toList();
        long closedOnTime = due.stream().filter(c -> c.status() == CaseStatus.CLOSED && c.closedOnTime()).count();
        assertEquals((double) closedOnTime / due.size(), report.figure("cases.onTimeClosureRate").doubleValue(), 1e-9);
        assertEquals(1, n("cases.appraisalAgrees"));
    }

    @Test
    @Tag("CASE-14")
    @Tag("PLAN-01")
    @DisplayName("incidents, the major fire's plan activation and its ticked checklist, and the drill")
    void incidentsAndPlans() {
        List<Incident> incidents = part.incidentStore().seenBetween(DemoWeek.START, DemoWeek.START.plus(DemoWeek.LENGTH));
        assertEquals(incidents.size(), n("cases.incidents"));
        assertEquals(incidents.stream().filter(Incident::isMajor).count(), n("cases.incidents.major"));
        assertEquals(played.centre().events().ofType(CasesEvent.LeadershipNotified.class).size(), n("cases.incidents.major"));
        assertEquals(part.activationStore().all().size(), n("plans.activations"));
        assertEquals(played.centre().events().ofType(PlansEvent.StepTicked.class).size(), n("plans.stepsTicked"));
        assertTrue(part.activationStore().all().stream().allMatch(a -> a.isComplete()));
        assertEquals(played.centre().events().ofType(PlansEvent.DrillRecorded.class).size(), n("plans.drillsHeld"));
        assertEquals(0, n("plans.drillsOverdue"));
        assertTrue(report.render().contains("Cases and incidents"));
    }
}
