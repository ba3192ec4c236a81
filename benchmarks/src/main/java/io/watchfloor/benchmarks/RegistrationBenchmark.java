package io.watchfloor.benchmarks;

import io.watchfloor.cases.Case;
import io.watchfloor.cases.CaseCategory;
import io.watchfloor.cases.CasePolicy;
import io.watchfloor.cases.CaseStatus;
import io.watchfloor.cases.CasesModule;
import io.watchfloor.cases.ReportSource;
import io.watchfloor.cases.TimeBasis;
import io.watchfloor.cases.port.in.RegisterCase;
import io.watchfloor.cases.port.out.Cases;
import io.watchfloor.cases.port.out.ContingencyPlanGateway;
import io.watchfloor.people.Department;
import io.watchfloor.people.DepartmentKind;
import io.watchfloor.people.EscalationChain;
import io.watchfloor.people.PeopleModule;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.in.RegisterDepartment;
import io.watchfloor.people.port.in.RegisterPerson;
import io.watchfloor.people.port.out.DutyRoster;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.Location;
import io.watchfloor.shared.Runtime;
import io.watchfloor.shared.WorkingCalendar;
import io.watchfloor.testkit.cases.InMemoryCases;
import io.watchfloor.testkit.cases.InMemoryErrorRecords;
import io.watchfloor.testkit.cases.InMemoryIncidents;
import io.watchfloor.testkit.people.InMemoryDepartments;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A case registration through the use case, with its repeat-report check (CASE-09), among
 * {@code openCases} open cases of one category, spread evenly over a 40 km square around People's
 * Square and registered one a second up to now (so at 1,000,000 about 60 % lie within the
 * policy's 7-day window; at 100,000 all do). Each operation registers the next of 1,024 received
 * reports at random places in that square, inside a unit of work that is then undone, so every
 * operation meets the same data; with the default 100 m radius most reports at 1,000,000 open
 * cases, and many at 100,000, are linked as repeats (both outcomes are measured).
 *
 * <ul>
 * <li>{@code indexed}: the real {@code InMemoryCases}, answering {@code Cases.openNear} from its
 * place index (the grid cells around the report).</li>
 * <li>{@code categoryScan} (baseline, same data): {@link CategoryScanCases}, which reads every open
 * case of the category, as the check did before.</li>
 * </ul>
 *
 * <p>The setup checks that both link the first 64 reports alike. The ratio is measured interleaved
 * in one JVM by {@link Compare} ({@code Compare Registration <openCases>}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class RegistrationBenchmark {

    static final int REPORTS = 1024;
    /** How many reports the setup registers both ways to check that the index and the scan agree. */
    static final int CHECKED = 64;
    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
    private static final Location PEOPLES_SQUARE = new Location(31.2304, 121.4737, "People's Square, Huangpu");
    private static final double HALF_SIDE_METRES = 20_000;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final RuntimeException UNDO = new RuntimeException("undo", null, false, false) {
    };

    @Param({"100000", "1000000"})
    public int openCases;

    private InMemoryTransactions transactions;
    private CasesModule indexed;
    private CasesModule categoryScan;
    private final List<RegisterCase.Command> reports = new ArrayList<>();
    private int next;
    /** How many of the measured reports were linked as repeats, to print after the run. */
    private long repeats;
    private long registrations;

    @Setup(Level.Trial)
    public void fill() {
        transactions = new InMemoryTransactions();
        InMemoryCases cases = new InMemoryCases(transactions);
        CategoryScanCases scanned = new CategoryScanCases(cases, transactions);
        InMemoryPeople people = new InMemoryPeople(transactions);
        InMemoryDepartments departments = new InMemoryDepartments(transactions);
        SettableClock clock = SettableClock.at(NOW, SHANGHAI);
        PeopleModule peopleModule = PeopleModule.create(people, departments, DutyRoster.NOBODY, event -> { }, transactions, clock,
                Validators.validator());
        Department centre = peopleModule.registerDepartment().register(
                new RegisterDepartment.Command("Monitoring Centre", DepartmentKind.CENTRE, WorkingCalendar.twentyFourSeven(SHANGHAI)));
        Department roads = peopleModule.registerDepartment().register(
                new RegisterDepartment.Command("Roads Bureau", DepartmentKind.RESPONSIBLE, WorkingCalendar.twentyFourSeven(SHANGHAI)));
        Person acceptor = peopleModule.registerPerson().register(new RegisterPerson.Command("Gao Yan", Set.of(Role.ACCEPTOR), centre.id()));
        CaseCategory category = new CaseCategory("ROAD", "Road damage", roads.id(), Duration.ofHours(48), TimeBasis.CONTINUOUS);
        CasePolicy policy = CasePolicy.defaults().withCategory(category);

        SplittableRandom random = new SplittableRandom(18);
        for (int i = 0; i < openCases; i++) {
            Instant at = NOW.minusSeconds(openCases - i);
            Case c = Case.receive(CaseId.newId(), acceptor.id(), at, ReportSource.CAMERA, "pothole", somewhere(random), false).state()
                    .register(acceptor.id(), at, "", category, at.plus(policy.dispatchLimit())).state();
            scanned.save(c);
        }
        for (int i = 0; i < REPORTS; i++) {
            Case report = Case.receive(CaseId.newId(), acceptor.id(), NOW, ReportSource.CAMERA, "pothole", somewhere(random), false).state();
            scanned.save(report);
            reports.add(new RegisterCase.Command(report.id(), acceptor.id(), "ROAD", ""));
        }
        indexed = module(cases, people, departments, transactions, policy, clock);
        categoryScan = module(scanned, people, departments, transactions, policy, clock);
        int linked = 0;
        for (int i = 0; i < CHECKED; i++) {
            Case byIndex = register(indexed, reports.get(i));
            Case byScan = register(categoryScan, reports.get(i));
            if (!byIndex.repeatOf().equals(byScan.repeatOf())) {
                throw new IllegalStateException("the index linked report " + i + " to " + byIndex.repeatOf() + ", the scan to " + byScan.repeatOf());
            }
            linked += byIndex.status() == CaseStatus.REPEAT ? 1 : 0;
        }
        System.out.printf("%n%,d open cases; %d of the first %d reports are repeats, linked alike by the index and the scan%n", openCases, linked, CHECKED);
    }

    private static Location somewhere(SplittableRandom random) {
        double north = (random.nextDouble() * 2 - 1) * HALF_SIDE_METRES;
        double east = (random.nextDouble() * 2 - 1) * HALF_SIDE_METRES;
        double latitude = PEOPLES_SQUARE.latitude() + north / 111_195;
        double longitude = PEOPLES_SQUARE.longitude() + east / (111_195 * Math.cos(Math.toRadians(PEOPLES_SQUARE.latitude())));
        return new Location(latitude, longitude, "Huangpu");
    }

    private static CasesModule module(Cases cases, InMemoryPeople people, InMemoryDepartments departments, InMemoryTransactions transactions,
                                      CasePolicy policy, SettableClock clock) {
        return CasesModule.create(new CasesModule.Ports(cases, new InMemoryErrorRecords(transactions), new InMemoryIncidents(transactions),
                people, departments, at -> new EscalationChain(at, Optional.empty(), List.of()), ContingencyPlanGateway.NONE,
                policy), Runtime.of(clock, Validators.validator(), transactions, event -> { }));
    }

    /** Registers the report inside a unit of work that is then undone, and returns what the use case returned. */
    private Case register(CasesModule module, RegisterCase.Command report) {
        Case[] registered = new Case[1];
        try {
            transactions.inTransaction(() -> {
                registered[0] = module.registerCase().register(report);
                throw UNDO;
            });
        } catch (RuntimeException undone) {
            if (undone != UNDO) {
                throw undone;
            }
        }
        return registered[0];
    }

    private Case registerNext(CasesModule module) {
        Case c = register(module, reports.get(next));
        next = (next + 1) % REPORTS;
        registrations++;
        repeats += c.status() == CaseStatus.REPEAT ? 1 : 0;
        return c;
    }

    /** A registration whose repeat check reads the place index. */
    @Benchmark
    public Case indexed() {
        return registerNext(indexed);
    }

    /** The baseline: the same registration whose repeat check reads every open case of the category. */
    @Benchmark
    public Case categoryScan() {
        return registerNext(categoryScan);
    }

    /** The share of measured registrations linked as repeats. */
    double repeatShare() {
        return registrations == 0 ? 0 : repeats / (double) registrations;
    }
}
