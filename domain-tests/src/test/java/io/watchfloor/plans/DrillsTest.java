package io.watchfloor.plans;

import io.watchfloor.cases.IncidentType;
import io.watchfloor.people.DepartmentKind;
import io.watchfloor.people.PeopleModule;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.in.RegisterDepartment;
import io.watchfloor.people.port.in.RegisterPerson;
import io.watchfloor.people.port.out.DutyRoster;
import io.watchfloor.plans.port.in.DefinePlan;
import io.watchfloor.plans.port.in.RunDrills;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.Runtime;
import io.watchfloor.shared.WorkingCalendar;
import io.watchfloor.testkit.people.InMemoryDepartments;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.plans.InMemoryActivations;
import io.watchfloor.testkit.plans.InMemoryContingencyPlans;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Drills of contingency plans")
@Tag("PLAN-02")
class DrillsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryPeople people = new InMemoryPeople(transactions);
    private final RecordingEventSink events = new RecordingEventSink();
    private final SettableClock clock = SettableClock.at(LocalDateTime.of(2026, 11, 23, 9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
    private final Runtime runtime = Runtime.of(clock, Validators.validator(), transactions, events);
    private final PlansModule plans = PlansModule.create(new PlansModule.Ports(new InMemoryContingencyPlans(transactions),
            new InMemoryActivations(transactions), people, PlanPolicy.in(SHANGHAI)), runtime);
    private final Person head;
    private final Person leader;

    DrillsTest() {
        PeopleModule peopleModule = PeopleModule.create(new PeopleModule.Ports(people, new InMemoryDepartments(transactions), DutyRoster.NOBODY),
                runtime);
        var centre = peopleModule.registerDepartment().register(new RegisterDepartment.Command("Centre", DepartmentKind.CENTRE,
                WorkingCalendar.twentyFourSeven(SHANGHAI)));
        head = peopleModule.registerPerson().register(new RegisterPerson.Command("Sun Jianguo", Set.of(Role.CENTRE_HEAD), centre.id()));
        leader = peopleModule.registerPerson().register(new RegisterPerson.Command("Zhou Min", Set.of(Role.SHIFT_LEADER), centre.id()));
    }

    private ContingencyPlan define() {
        return plans.definePlan().define(new DefinePlan.Command(head.id(), IncidentType.NETWORK_OUTAGE, "Network outage",
                List.of("Switch to the backup link", "Tell the technicians")));
    }

    @Test
    @DisplayName("a new plan's first drill is scheduled a quarter later; it is flagged only once it has passed, and once")
    void quarterlyAndFlagged() {
        ContingencyPlan plan = define();
        Instant due = LocalDateTime.of(2027, 2, 23, 9, 0).atZone(SHANGHAI).toInstant();
        assertEquals(due, plan.nextDrill().orElseThrow().scheduledFor());

        assertEquals(List.of(), plans.runDrills().flagOverdue(due));
        assertEquals(1, plans.runDrills().flagOverdue(due.plusMillis(1)).size());
        assertEquals(1, plans.runDrills().flagOverdue(due.plusSeconds(3600)).size());
        List<PlansEvent.DrillOverdue> flagged = events.ofType(PlansEvent.DrillOverdue.class);
        assertEquals(1, flagged.size());
        assertEquals(due, flagged.get(0).occurredAt());
    }

    @Test
    @DisplayName("a recorded drill fulfils the scheduled one and schedules the next a quarter later")
    void recordedDrill() {
        ContingencyPlan plan = define();
        clock.set(LocalDateTime.of(2027, 1, 10, 14, 0).atZone(SHANGHAI).toInstant());

        ContingencyPlan drilled = plans.runDrills().record(new RunDrills.Held(plan.id(), leader.id(), "backup link up in 4 min"));

        assertTrue(drilled.drills().get(0).isHeld());
        assertEquals(LocalDateTime.of(2027, 4, 10, 14, 0).atZone(SHANGHAI).toInstant(), drilled.nextDrill().orElseThrow().scheduledFor());
        assertEquals(List.of(), plans.runDrills().flagOverdue(clock.instant().plusSeconds(86_400 * 80L)));
        assertEquals("PLAN-02", assertThrows(RuleViolation.class, () -> plans.runDrills().schedule(
                new RunDrills.Schedule(plan.id(), leader.id(), clock.instant().plusSeconds(3600)))).ruleId());
        assertEquals("PEOPLE-01", assertThrows(RuleViolation.class, () -> plans.runDrills().record(
                new RunDrills.Held(plan.id(), peopleWithoutRole().id(), "x"))).ruleId());
    }

    private Person peopleWithoutRole() {
        return people.save(Person.newPerson("Li Na", Set.of(Role.OPERATOR), null));
    }

    @Test
    @DisplayName("the drill interval is a policy setting")
    void intervalIsConfigurable() {
        assertThrows(IllegalArgumentException.class, () -> new PlanPolicy(java.time.Period.ZERO, SHANGHAI));
        assertEquals(java.time.Period.ofMonths(3), PlanPolicy.defaults().drillInterval());
    }
}
