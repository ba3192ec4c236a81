package io.watchfloor.examples.cases;

import io.watchfloor.cases.Appraisal;
import io.watchfloor.cases.Case;
import io.watchfloor.cases.CaseCategory;
import io.watchfloor.cases.CaseEvent;
import io.watchfloor.cases.CasePolicy;
import io.watchfloor.cases.CaseStatus;
import io.watchfloor.cases.CasesEvent;
import io.watchfloor.cases.CasesModule;
import io.watchfloor.cases.Fault;
import io.watchfloor.cases.Incident;
import io.watchfloor.cases.IncidentType;
import io.watchfloor.cases.ReportSource;
import io.watchfloor.cases.Severity;
import io.watchfloor.cases.TimeBasis;
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
import io.watchfloor.examples.Centre;
import io.watchfloor.examples.DemoWeek;
import io.watchfloor.examples.DutyReport;
import io.watchfloor.examples.WeekPart;
import io.watchfloor.people.Department;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.out.People;
import io.watchfloor.plans.Activation;
import io.watchfloor.plans.ActivationId;
import io.watchfloor.plans.PlanPolicy;
import io.watchfloor.plans.PlansModule;
import io.watchfloor.plans.port.in.ActivatePlan;
import io.watchfloor.plans.port.in.DefinePlan;
import io.watchfloor.plans.port.in.RunDrills;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shared.Location;
import io.watchfloor.shared.Page;
import io.watchfloor.shared.PageRequest;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.testkit.cases.InMemoryCases;
import io.watchfloor.testkit.cases.InMemoryErrorRecords;
import io.watchfloor.testkit.cases.InMemoryIncidents;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.plans.InMemoryActivations;
import io.watchfloor.testkit.plans.InMemoryContingencyPlans;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The cases of the week in a Shanghai centre: potholes for the Roads Bureau (16 working hours, 工作时),
 * bins for the Sanitation Department (4 h continuous, 紧急工作时), a missing manhole cover first
 * registered wrongly and returned, a late dispatch, a chase, a rework, a typhoon coordination, an
 * extension, a parked case, a repeat report, a public report found false on the existence check
 * (核实); and the incidents seen on the monitors, one major fire that activates its contingency
 * plan, with a network-outage drill held on Wednesday.
 */
public final class CasesWeek implements WeekPart {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE HH:mm").withZone(Centre.ZONE);
    private static final Location NANJING_ROAD = new Location(31.2355, 121.4750, "Nanjing Road East 300");
    private static final Location PEOPLES_SQUARE = new Location(31.2304, 121.4737, "People's Square, north bins");
    private static final Location NEAR_SQUARE = new Location(31.2306, 121.4739, "People's Square, by the metro exit");
    private static final Location HUAIHAI_ROAD = new Location(31.2196, 121.4586, "Huaihai Road Middle 500");
    private static final Location YAN_AN_ROAD = new Location(31.2268, 121.4581, "Yan'an Road East, bus stop");
    private static final Location XUJIAHUI = new Location(31.1950, 121.4370, "Xujiahui, Hongqiao Road");
    private static final Location JINGAN = new Location(31.2235, 121.4480, "Jing'an Temple square");
    private static final Location BUND = new Location(31.2400, 121.4900, "Zhongshan Road East 1");

    private record Scripted(Instant at, String what, Runnable action) {
    }

    private final List<Scripted> script = new ArrayList<>();
    private final Map<String, CaseId> cases = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private InMemoryPeople contacts;
    private InMemoryCases caseStore;
    private InMemoryErrorRecords errorStore;
    private InMemoryIncidents incidentStore;
    private InMemoryContingencyPlans planStore;
    private InMemoryActivations activationStore;
    private CasesModule module;
    private PlansModule plans;
    private Person head;
    private Person leader;
    private Person operator;
    private Person acceptor;
    private Person supervisor;
    private Person roadsStaff;
    private Person sanitationStaff;
    private Person supervisionOfficer;
    private Department roads;
    private Department sanitation;
    private int next;

    /** An instant of the week: {@code day} 0 is Monday, at {@code time} in Shanghai. */
    public static Instant at(int day, String time) {
        return DemoWeek.START.atZone(Centre.ZONE).plusDays(day).with(LocalTime.parse(time)).toInstant();
    }

    @Override
    public void setUp(Centre centre) {
        List<Person> staff = centre.people().list(PageRequest.first(1000)).items();
        head = byName(staff, "Sun Jianguo");
        leader = byName(staff, "Zhou Min");
        operator = byName(staff, "Li Na");
        acceptor = byName(staff, "Gao Yan");
        supervisor = byName(staff, "Ma Chao");
        roads = department(centre, "Roads Bureau");
        sanitation = department(centre, "Sanitation Department");
        Department office = department(centre, "District Supervision Office");
        contacts = new InMemoryPeople(centre.transactions());
        roadsStaff = contacts.save(Person.newPerson("Qian Wei", Set.of(Role.DEPARTMENT_STAFF), roads.id()));
        sanitationStaff = contacts.save(Person.newPerson("Hu Jun", Set.of(Role.DEPARTMENT_STAFF), sanitation.id()));
        supervisionOfficer = contacts.save(Person.newPerson("Deng Hua", Set.of(Role.FIELD_SUPERVISOR), office.id()));
        People everyone = new StaffAndContacts(centre.people(), contacts);

        caseStore = new InMemoryCases(centre.transactions());
        errorStore = new InMemoryErrorRecords(centre.transactions());
        incidentStore = new InMemoryIncidents(centre.transactions());
        planStore = new InMemoryContingencyPlans(centre.transactions());
        activationStore = new InMemoryActivations(centre.transactions());
        plans = PlansModule.create(new PlansModule.Ports(planStore, activationStore, everyone, PlanPolicy.in(Centre.ZONE)), centre.runtime());
        CasePolicy policy = CasePolicy.defaults()
                .withCategory(new CaseCategory("ROAD", "Road surface damage", roads.id(), Duration.ofHours(16), TimeBasis.WORKING))
                .withCategory(new CaseCategory("MANHOLE", "Missing manhole cover", roads.id(), Duration.ofHours(2), TimeBasis.CONTINUOUS))
                .withCategory(new CaseCategory("LITTER", "Litter and overflowing bins", sanitation.id(), Duration.ofHours(4), TimeBasis.CONTINUOUS));
        module = CasesModule.create(new CasesModule.Ports(caseStore, errorStore, incidentStore, everyone, centre.departments(),
                centre.peopleModule().findEscalationTarget(), plans.gateway(), policy), centre.runtime());

        plans.definePlan().define(new DefinePlan.Command(head.id(), IncidentType.FIRE, "Fire in a monitored area",
                List.of("Call 119 and give the address", "Tell the centre head", "Keep a camera on the scene", "Mark the footage for evidence")));
        plans.definePlan().define(new DefinePlan.Command(head.id(), IncidentType.NETWORK_OUTAGE, "District network outage",
                List.of("Switch the district to the backup link", "Call the network technician", "Log the cameras that stayed dark")));
        plans.definePlan().define(new DefinePlan.Command(head.id(), IncidentType.INTRUSION, "Intrusion at a protected site",
                List.of("Call 110", "Follow the intruder on camera", "Mark the footage for evidence")));
        writeScript();
    }

    private static Person byName(List<Person> staff, String name) {
        return staff.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the people part has no " + name));
    }

    private static Department department(Centre centre, String name) {
        return centre.departments().all().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the people part has no " + name));
    }

    /**
     * The centre's staff records plus the contacts of the responsible and supervision departments,
     * who act on cases but are not centre staff (so the people part's figures stay the centre's).
     */
    private record StaffAndContacts(People staff, People contacts) implements People {

        @Override
        public Person save(Person person) {
            return contacts.find(person.id()).isPresent() ? contacts.save(person) : staff.save(person);
        }

        @Override
        public Optional<Person> find(PersonId id) {
            return staff.find(id).or(() -> contacts.find(id));
        }

        @Override
        public List<Person> withRole(Role role) {
            return staff.withRole(role);
        }

        @Override
        public Page<Person> list(PageRequest page) {
            return staff.list(page);
        }
    }

    private void on(int day, String time, String what, Runnable action) {
        script.add(new Scripted(at(day, time), what, action));
    }

    private CaseId id(String label) {
        return cases.get(label);
    }

    private void receive(String label, ReportSource source, String description, Location where) {
        cases.put(label, module.receiveReport().receive(new ReceiveReport.Command(acceptor.id(), source, description, where)).id());
    }

    private void registerAs(String label, String category) {
        module.registerCase().register(new RegisterCase.Command(id(label), acceptor.id(), category, null));
    }

    private void dispatch(String label) {
        module.dispatchCase().dispatch(new DispatchCase.Command(id(label), acceptor.id(), null));
    }

    private void accept(String label, Person staff) {
        module.handleCase().accept(new HandleCase.Step(id(label), staff.id(), "received, crew assigned"));
    }

    private void complete(String label, Person staff, String report) {
        module.handleCase().reportCompletion(new HandleCase.Step(id(label), staff.id(), report));
        module.verifyCase().instruct(new VerifyCase.Instruction(id(label), acceptor.id(), supervisor.id(), "please verify on site"));
    }

    private void verify(String label, boolean passed, String note) {
        module.verifyCase().record(new VerifyCase.Result(id(label), supervisor.id(), passed, note));
    }

    private void writeScript() {
        // Monday: a pothole seen on camera, handled over two days.
        on(0, "09:00", "pothole on Nanjing Road", () -> {
            receive("pothole", ReportSource.CAMERA, "Pothole 40 cm wide in the right lane", NANJING_ROAD);
            registerAs("pothole", "ROAD");
        });
        on(0, "09:10", "", () -> dispatch("pothole"));
        on(0, "09:30", "", () -> accept("pothole", roadsStaff));
        on(1, "10:00", "", () -> complete("pothole", roadsStaff, "patched with cold asphalt"));
        on(1, "11:00", "", () -> verify("pothole", true, "patch level with the road"));
        // Monday: hotline bins, existence check, late dispatch, rework.
        on(0, "10:00", "overflowing bins (hotline)", () -> receive("bins", ReportSource.HOTLINE, "Bins overflowing, smell", PEOPLES_SQUARE));
        on(0, "10:20", "", () -> module.receiveReport().checkExistence(
                new ReceiveReport.ExistenceCheck(id("bins"), supervisor.id(), true, "three bins full, bags on the ground")));
        on(0, "10:25", "", () -> registerAs("bins", "LITTER"));
        on(0, "10:45", "", () -> dispatch("bins"));
        on(0, "11:00", "", () -> accept("bins", sanitationStaff));
        on(0, "11:30", "same bins reported again", () -> {
            receive("bins again", ReportSource.CAMERA, "Bags piled by the metro exit", NEAR_SQUARE);
            registerAs("bins again", "LITTER");
        });
        on(0, "11:40", "", () -> complete("bins", sanitationStaff, "bins emptied"));
        on(0, "12:00", "", () -> verify("bins", false, "bags still on the ground"));
        on(0, "12:30", "", () -> complete("bins", sanitationStaff, "bags collected too"));
        on(0, "12:40", "", () -> verify("bins", true, "clean"));
        // Tuesday: a missing manhole cover registered as litter, returned and re-dispatched.
        on(1, "09:00", "missing manhole cover", () -> {
            receive("manhole", ReportSource.FIELD_SUPERVISOR, "Manhole cover missing, cones placed", YAN_AN_ROAD);
            registerAs("manhole", "LITTER");
        });
        on(1, "09:05", "", () -> dispatch("manhole"));
        on(1, "09:30", "", () -> module.returnCase().request(new ReturnCase.Request(id("manhole"), sanitationStaff.id(), roads.id(),
                "a manhole cover is the Roads Bureau's")));
        on(1, "09:35", "", () -> module.returnCase().report(new ReturnCase.Decision(id("manhole"), leader.id(), "Sanitation asks to return it")));
        on(1, "09:40", "", () -> module.returnCase().confirm(new ReturnCase.Confirmation(id("manhole"), head.id(), Fault.WRONG_REGISTRATION,
                "registered in the wrong category")));
        on(1, "09:45", "", () -> dispatch("manhole"));
        on(1, "10:00", "", () -> accept("manhole", roadsStaff));
        on(1, "11:00", "", () -> complete("manhole", roadsStaff, "new cover fitted"));
        on(1, "11:30", "", () -> verify("manhole", true, "cover fitted and level"));
        // Tuesday: a pothole nobody accepts, chased by phone, extended, supervised by the centre head.
        on(1, "14:00", "pothole on Huaihai Road", () -> {
            receive("huaihai", ReportSource.CAMERA, "Broken kerb and pothole at the crossing", HUAIHAI_ROAD);
            registerAs("huaihai", "ROAD");
        });
        on(1, "14:05", "", () -> dispatch("huaihai"));
        on(1, "14:40", "", () -> module.chaseCase().recordOutcome(new ChaseCase.Outcome(id("huaihai"), acceptor.id(), 1, true,
                "phoned Qian Wei, accepting now")));
        on(1, "15:00", "", () -> accept("huaihai", roadsStaff));
        on(3, "10:00", "", () -> module.handleCase().requestExtension(new HandleCase.Extension(id("huaihai"), roadsStaff.id(),
                Duration.ofHours(8), "kerb stones on order until Friday")));
        on(3, "10:30", "", () -> module.approveRequest().approve(new ApproveRequest.Decision(id("huaihai"), leader.id(), "approved")));
        on(3, "11:00", "", () -> module.chaseCase().supervise(new ChaseCase.Supervision(id("huaihai"), head.id(),
                "residents' committee complained twice")));
        // Wednesday: typhoon rain stops a litter job; three-party coordination pauses its clock.
        on(2, "07:00", "branches and litter after the storm", () -> {
            receive("storm", ReportSource.CAMERA, "Branches and litter across the pavement", XUJIAHUI);
            registerAs("storm", "LITTER");
        });
        on(2, "07:10", "", () -> dispatch("storm"));
        on(2, "07:20", "", () -> accept("storm", sanitationStaff));
        on(2, "08:00", "", () -> module.coordinateCase().start(new CoordinateCase.Start(id("storm"), leader.id(),
                "typhoon red warning: outdoor crews withdrawn")));
        on(2, "13:00", "", () -> module.coordinateCase().resolve(new CoordinateCase.Resolution(id("storm"), leader.id(), sanitationStaff.id(),
                supervisionOfficer.id(), "warning lifted, crews back at 13:00")));
        on(2, "14:00", "", () -> complete("storm", sanitationStaff, "pavement cleared"));
        on(2, "14:30", "", () -> verify("storm", true, "clear"));
        on(2, "15:00", "network-outage drill", () -> plans.runDrills().record(new RunDrills.Held(planStore.forType(IncidentType.NETWORK_OUTAGE)
                .orElseThrow().id(), leader.id(), "backup link up in 6 min")));
        // Thursday: a litter case accepted late and closed after its deadline.
        on(3, "10:00", "bins on Jing'an square", () -> {
            receive("jingan", ReportSource.CAMERA, "Bins overflowing after the market", JINGAN);
            registerAs("jingan", "LITTER");
        });
        on(3, "10:05", "", () -> dispatch("jingan"));
        on(3, "10:40", "", () -> module.chaseCase().recordOutcome(new ChaseCase.Outcome(id("jingan"), acceptor.id(), 1, false,
                "no answer at the depot")));
        on(3, "11:00", "", () -> accept("jingan", sanitationStaff));
        on(3, "15:00", "", () -> complete("jingan", sanitationStaff, "emptied"));
        on(3, "15:30", "", () -> verify("jingan", true, "clean"));
        // Friday: a subsidence on the Bund, parked until the utility company's permit.
        on(4, "16:00", "road subsidence on the Bund", () -> {
            receive("bund", ReportSource.FIELD_SUPERVISOR, "Road surface sinking over a utility trench", BUND);
            registerAs("bund", "ROAD");
            dispatch("bund");
        });
        on(4, "16:30", "", () -> accept("bund", roadsStaff));
        on(4, "17:00", "", () -> module.handleCase().requestParking(new HandleCase.Step(id("bund"), roadsStaff.id(),
                "needs the gas company's excavation permit")));
        on(4, "17:10", "", () -> module.approveRequest().approve(new ApproveRequest.Decision(id("bund"), leader.id(), "park until the permit")));
        // Saturday: a public report that the existence check finds false; Sunday: a case left for the night shift.
        on(5, "10:00", "public report of a broken street light", () -> receive("false alarm", ReportSource.PUBLIC,
                "Street light broken", new Location(31.2100, 121.4700, "Xietu Road 1200")));
        on(5, "11:00", "", () -> module.receiveReport().checkExistence(new ReceiveReport.ExistenceCheck(id("false alarm"), supervisor.id(),
                false, "light works, was switched off for maintenance")));
        on(6, "20:00", "litter on Nanjing Road at night", () -> {
            receive("night", ReportSource.CAMERA, "Litter after the night market", NANJING_ROAD);
            registerAs("night", "LITTER");
        });
        on(6, "20:30", "", () -> dispatch("night"));
        // Incidents seen on the monitors.
        on(1, "02:15", "intrusion", () -> recordIncident("climber", at(1, "02:10"), "Construction site, Nanjing Road West", IncidentType.INTRUSION,
                Severity.MINOR, "Person climbing the site fence", List.of()));
        on(1, "02:40", "", () -> module.recordIncident().recordResult(new RecordIncident.Result(incident("climber"), operator.id(),
                "site guard found a worker who had forgotten his pass")));
        on(3, "21:30", "fire", () -> recordIncident("fire", at(3, "21:28"), "Dongtai Road antiques market", IncidentType.FIRE, Severity.MAJOR,
                "Smoke from a stall roof", List.of("119 fire brigade", "Huangpu district office")));
        for (int step = 1; step <= 4; step++) {
            int s = step;
            on(3, "21:" + (30 + 5 * step), "", () -> plans.activatePlan().tick(new ActivatePlan.Tick(activation("fire"), s, operator.id())));
        }
        on(3, "23:00", "", () -> module.recordIncident().recordResult(new RecordIncident.Result(incident("fire"), leader.id(),
                "fire out at 22:10, one stall burnt, nobody hurt")));
        on(5, "03:00", "network outage", () -> recordIncident("outage", at(5, "02:55"), "Xuhui district link", IncidentType.NETWORK_OUTAGE,
                Severity.SERIOUS, "42 cameras offline", List.of()));
        script.sort(Comparator.comparing(Scripted::at));
    }

    private final Map<String, Incident> incidents = new HashMap<>();

    private void recordIncident(String label, Instant seenAt, String area, IncidentType type, Severity severity, String description,
                                List<String> notify) {
        incidents.put(label, module.recordIncident().record(new RecordIncident.Command(operator.id(), seenAt,
                new CameraId(UUID.nameUUIDFromBytes(area.getBytes(java.nio.charset.StandardCharsets.UTF_8))), area, type, severity,
                description, notify)));
    }

    private IncidentId incident(String label) {
        return incidents.get(label).id();
    }

    private ActivationId activation(String label) {
        return ActivationId.of(incidents.get(label).planActivation());
    }

    @Override
    public void onTick(Centre centre, Instant now) {
        while (next < script.size() && !script.get(next).at().isAfter(now)) {
            Scripted s = script.get(next++);
            centre.clock().set(s.at());
            s.action().run();
            if (!s.what().isEmpty()) {
                notes.add(WHEN.format(s.at()) + " " + s.what());
            }
            centre.clock().set(now);
        }
        module.runDueWork().dueWork(now);
        plans.runDrills().flagOverdue(now);
    }

    @Override
    public void report(Centre centre, DutyReport report) {
        String section = "Cases and incidents";
        List<Case> all = caseStore.all();
        TimeRange week = new TimeRange(DemoWeek.START, DemoWeek.START.plus(DemoWeek.LENGTH));
        Appraisal appraisal = module.appraiseStaff().fromState(week);
        Appraisal replayed = module.appraiseStaff().fromHistory(week);
        List<CaseEvent> events = centre.events().ofType(CaseEvent.class);

        long registered = all.stream().filter(c -> c.registeredAt().isPresent()).count();
        long closed = count(all, CaseStatus.CLOSED);
        long closedOnTime = all.stream().filter(c -> c.status() == CaseStatus.CLOSED && c.closedOnTime()).count();
        figure(report, section, "cases.received", all.size(), "reports received (受理)");
        figure(report, section, "cases.registered", registered, "cases registered (立案)");
        figure(report, section, "cases.rejected", count(all, CaseStatus.REJECTED), "reports rejected, after the existence check (核实) found nothing");
        figure(report, section, "cases.repeats", count(all, CaseStatus.REPEAT), "repeat reports linked to an open case (CASE-09)");
        figure(report, section, "cases.closed", closed, "cases closed (结案) after verification (核查)");
        figure(report, section, "cases.closedOnTime", closedOnTime, "of them closed by their deadline");
        figure(report, section, "cases.open", all.stream().filter(Case::isOpen).count(), "cases still open at the end of the week");
        figure(report, section, "cases.parked", count(all, CaseStatus.PARKED), "parked (挂账) with the shift leader's approval");
        figure(report, section, "cases.dispatchLimitsMissed", events.stream().filter(CaseEvent.DispatchLimitMissed.class::isInstance).count(),
                "dispatch limits missed (CASE-02)");
        figure(report, section, "cases.reminders", events.stream().filter(CaseEvent.ReminderRaised.class::isInstance).count(),
                "chase reminders raised (CASE-07, CASE-10)");
        figure(report, section, "cases.breaches", all.stream().mapToLong(c -> c.breaches().size()).sum(), "handling deadlines breached");
        figure(report, section, "cases.returns", all.stream().mapToLong(c -> c.returns().size()).sum(), "returns confirmed and re-dispatched (回退 / 改派)");
        figure(report, section, "cases.reworks", all.stream().mapToLong(Case::reworks).sum(), "reworks after a failed verification (返工)");
        figure(report, section, "cases.coordinations", events.stream().filter(CaseEvent.CoordinationResolved.class::isInstance).count(),
                "three-party coordinations resolved (CASE-11)");
        figure(report, section, "cases.extensions", events.stream().filter(CaseEvent.ExtensionApproved.class::isInstance).count(),
                "extensions approved (延期)");
        figure(report, section, "cases.errorRecords", errorStore.all().size(), "error records against staff (CASE-03)");
        figure(report, section, "cases.escalations", centre.events().ofType(CasesEvent.ErrorsEscalated.class).size(),
                "escalations for two error records in a week (CASE-04)");
        figure(report, section, "cases.hardCases", module.findCases().hardCases(centre.clock().instant()).size(), "hard cases open (CASE-12)");
        report.figure("cases.onTimeDispatchRate", appraisal.centre().received() == 0 ? 1.0
                : appraisal.people().values().stream().mapToInt(Appraisal.Figures::onTimeDispatches).sum()
                / (double) appraisal.people().values().stream().mapToInt(Appraisal.Figures::dispatches).sum());
        report.figure("cases.onTimeClosureRate", appraisal.centre().onTimeClosureRate());
        report.figure("cases.appraisalAgrees", appraisal.equals(replayed) ? 1 : 0);
        report.line(section, String.format("on-time dispatch %.0f %%, on-time closure (按期结案率) %.0f %%, rework rate (返工率) %.0f %%%s",
                100 * report.figure("cases.onTimeDispatchRate").doubleValue(), 100 * appraisal.centre().onTimeClosureRate(),
                100 * appraisal.centre().reworkRate(), appraisal.equals(replayed) ? "; the same figures replayed from the history" : ""));
        Appraisal.Figures gao = appraisal.of(acceptor.id());
        Appraisal.Score score = Appraisal.score(gao, Role.DISPATCHER, module.policy());
        report.figure("cases.score.dispatcher", score.points());
        report.line(section, String.format("%s as dispatcher: %.1f points, grade %s (%d error records)", acceptor.name(), score.points(),
                score.grade(), gao.errors()));

        List<Incident> seen = incidentStore.seenBetween(week.start(), week.end());
        figure(report, section, "cases.incidents", seen.size(), "incidents seen on the monitors (异常情况)");
        figure(report, section, "cases.incidents.major", seen.stream().filter(Incident::isMajor).count(), "major incidents reported to leadership at once");
        List<Activation> activations = activationStore.all();
        figure(report, section, "plans.activations", activations.size(), "contingency plans activated (应急预案)");
        figure(report, section, "plans.stepsTicked", activations.stream().mapToLong(a -> a.ticks().size()).sum(), "checklist steps ticked");
        figure(report, section, "plans.drillsHeld", planStore.all().stream().flatMap(p -> p.drills().stream()).filter(d -> d.isHeld()).count(),
                "drills held (演练)");
        figure(report, section, "plans.drillsOverdue", plans.runDrills().flagOverdue(centre.clock().instant()).size(), "drills overdue");
        notes.forEach(n -> report.line(section, "  " + n));
    }

    private static long count(List<Case> all, CaseStatus status) {
        return all.stream().filter(c -> c.status() == status).count();
    }

    private static void figure(DutyReport report, String section, String key, long value, String words) {
        report.figure(key, value);
        report.line(section, value + " " + words);
    }

    /** The cases of the week, for tests and other parts. */
    public InMemoryCases caseStore() {
        return caseStore;
    }

    public InMemoryErrorRecords errorStore() {
        return errorStore;
    }

    public InMemoryIncidents incidentStore() {
        return incidentStore;
    }

    public InMemoryActivations activationStore() {
        return activationStore;
    }

    public InMemoryContingencyPlans planStore() {
        return planStore;
    }

    public CasesModule module() {
        return module;
    }

    /** Who acts as acceptor and dispatcher in the week. */
    public PersonId acceptor() {
        return acceptor.id();
    }
}
