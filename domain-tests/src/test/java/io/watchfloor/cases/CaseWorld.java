package io.watchfloor.cases;

import io.watchfloor.cases.port.in.DispatchCase;
import io.watchfloor.cases.port.in.HandleCase;
import io.watchfloor.cases.port.in.ReceiveReport;
import io.watchfloor.cases.port.in.RegisterCase;
import io.watchfloor.people.Department;
import io.watchfloor.people.DepartmentKind;
import io.watchfloor.people.PeopleModule;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.in.RegisterDepartment;
import io.watchfloor.people.port.in.RegisterPerson;
import io.watchfloor.plans.PlanPolicy;
import io.watchfloor.plans.PlansModule;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.Location;
import io.watchfloor.shared.Runtime;
import io.watchfloor.shared.WorkingCalendar;
import io.watchfloor.testkit.cases.InMemoryCases;
import io.watchfloor.testkit.cases.InMemoryErrorRecords;
import io.watchfloor.testkit.cases.InMemoryIncidents;
import io.watchfloor.testkit.people.InMemoryDepartments;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.plans.InMemoryActivations;
import io.watchfloor.testkit.plans.InMemoryContingencyPlans;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A small centre in Shanghai on in-memory adapters, for the case tests: a 24/7 centre, a Roads Bureau
 * working office hours (08:30-12:00, 13:30-17:30 Mon-Fri), a Sanitation Department around the clock,
 * a supervision office; one person per role. Categories: ROAD (8 working hours, 工作时) and LITTER
 * (2 hours continuous, 紧急工作时).
 */
final class CaseWorld {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 23 November 2026, 09:00 in Shanghai. */
    static final Instant MONDAY_9AM = at(2026, 11, 23, 9, 0);
    static final Location PEOPLES_SQUARE = new Location(31.2304, 121.4737, "People's Square, Huangpu");
    /** About 50 m east of People's Square. */
    static final Location NEAR_SQUARE = new Location(31.2304, 121.47423, "East gate, People's Square");
    /** About 1.1 km away. */
    static final Location BUND = new Location(31.2400, 121.4900, "The Bund");

    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryPeople people = new InMemoryPeople(transactions);
    final InMemoryDepartments departments = new InMemoryDepartments(transactions);
    final InMemoryCases cases = new InMemoryCases(transactions);
    final InMemoryErrorRecords errors = new InMemoryErrorRecords(transactions);
    final InMemoryIncidents incidents = new InMemoryIncidents(transactions);
    final InMemoryContingencyPlans plans = new InMemoryContingencyPlans(transactions);
    final InMemoryActivations activations = new InMemoryActivations(transactions);
    final RecordingEventSink events = new RecordingEventSink();
    final SettableClock clock = SettableClock.at(MONDAY_9AM, SHANGHAI);
    private PersonId onDuty;
    final Runtime runtime = Runtime.of(clock, Validators.validator(), transactions, events);
    final PeopleModule peopleModule = PeopleModule.create(
            new PeopleModule.Ports(people, departments, at -> Optional.ofNullable(onDuty)), runtime);
    final PlansModule plansModule = PlansModule.create(new PlansModule.Ports(plans, activations, people, PlanPolicy.in(SHANGHAI)), runtime);

    final Department centre;
    final Department roads;
    final Department sanitation;
    final Department supervisionOffice;
    final Person acceptor;
    final Person dispatcher;
    final Person shiftLeader;
    final Person centreHead;
    final Person supervisor;
    final Person otherSupervisor;
    final Person operator;
    final Person roadsStaff;
    final Person sanitationStaff;
    final Person supervisionOfficer;
    final CasePolicy policy;
    final CasesModule module;

    CaseWorld() {
        this(Function.identity());
    }

    CaseWorld(Function<CasePolicy, CasePolicy> tune) {
        this(tune, Function.identity());
    }

    /** A world whose use cases see the case store through {@code storeAsSeen} (to make it fail on purpose). */
    CaseWorld(Function<CasePolicy, CasePolicy> tune, Function<io.watchfloor.cases.port.out.Cases, io.watchfloor.cases.port.out.Cases> storeAsSeen) {
        var register = peopleModule.registerDepartment();
        centre = register.register(new RegisterDepartment.Command("Monitoring Centre", DepartmentKind.CENTRE, WorkingCalendar.twentyFourSeven(SHANGHAI)));
        roads = register.register(new RegisterDepartment.Command("Roads Bureau", DepartmentKind.RESPONSIBLE, WorkingCalendar.in(SHANGHAI)
                .weekdays(WorkingCalendar.Hours.of("08:30", "12:00")).weekdays(WorkingCalendar.Hours.of("13:30", "17:30")).build()));
        sanitation = register.register(new RegisterDepartment.Command("Sanitation Department", DepartmentKind.RESPONSIBLE,
                WorkingCalendar.twentyFourSeven(SHANGHAI)));
        supervisionOffice = register.register(new RegisterDepartment.Command("District Supervision Office", DepartmentKind.SUPERVISION,
                WorkingCalendar.twentyFourSeven(SHANGHAI)));
        acceptor = person("Gao Yan", centre, Role.ACCEPTOR);
        dispatcher = person("Ma Li", centre, Role.DISPATCHER);
        shiftLeader = person("Zhou Min", centre, Role.SHIFT_LEADER);
        centreHead = person("Sun Jianguo", centre, Role.CENTRE_HEAD);
        supervisor = person("Ma Chao", centre, Role.FIELD_SUPERVISOR);
        otherSupervisor = person("Luo Bin", centre, Role.FIELD_SUPERVISOR);
        operator = person("Li Na", centre, Role.OPERATOR);
        roadsStaff = person("Qian Wei", roads, Role.DEPARTMENT_STAFF);
        sanitationStaff = person("Hu Jun", sanitation, Role.DEPARTMENT_STAFF);
        supervisionOfficer = person("Deng Hua", supervisionOffice, Role.FIELD_SUPERVISOR);
        onDuty = shiftLeader.id();
        policy = tune.apply(CasePolicy.defaults()
                .withCategory(new CaseCategory("ROAD", "Road damage", roads.id(), Duration.ofHours(8), TimeBasis.WORKING))
                .withCategory(new CaseCategory("LITTER", "Litter and overflowing bins", sanitation.id(), Duration.ofHours(2), TimeBasis.CONTINUOUS)));
        module = CasesModule.create(new CasesModule.Ports(storeAsSeen.apply(cases), errors, incidents, people, departments,
                peopleModule.findEscalationTarget(), plansModule.gateway(), policy), runtime);
        events.clear();
    }

    static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(SHANGHAI).toInstant();
    }

    Person person(String name, Department department, Role... roles) {
        return peopleModule.registerPerson().register(new RegisterPerson.Command(name, Set.of(roles), department.id()));
    }

    /** Nobody is on duty: escalations go to the centre head. */
    void nobodyOnDuty() {
        onDuty = null;
    }

    Instant now() {
        return clock.instant();
    }

    Instant advance(Duration d) {
        return clock.advance(d);
    }

    /** The scheduler running due work at {@code at}: the centre's clock first moves on to it (never back). */
    DueWork dueWork(Instant at) {
        if (at != null && at.isAfter(clock.instant())) {
            clock.set(at);
        }
        return module.runDueWork().dueWork(at);
    }

    Case get(CaseId id) {
        return cases.get(id);
    }

    Case received(ReportSource source, Location where) {
        return module.receiveReport().receive(new ReceiveReport.Command(acceptor.id(), source, "Pothole in the cycle lane", where));
    }

    Case registered(String category) {
        return registered(category, PEOPLES_SQUARE);
    }

    Case registered(String category, Location where) {
        Case c = received(ReportSource.CAMERA, where);
        return module.registerCase().register(new RegisterCase.Command(c.id(), acceptor.id(), category, "seen on camera"));
    }

    Case dispatched(String category) {
        Case c = registered(category);
        return module.dispatchCase().dispatch(new DispatchCase.Command(c.id(), dispatcher.id(), null));
    }

    Person staffFor(String category) {
        return category.equals("ROAD") ? roadsStaff : sanitationStaff;
    }

    Case accepted(String category) {
        Case c = dispatched(category);
        return module.handleCase().accept(new HandleCase.Step(c.id(), staffFor(category).id(), "on our way"));
    }
}
