package io.watchfloor.benchmarks;

import io.watchfloor.cases.Case;
import io.watchfloor.cases.CaseCategory;
import io.watchfloor.cases.CasePolicy;
import io.watchfloor.cases.CasesModule;
import io.watchfloor.cases.DueWork;
import io.watchfloor.cases.ReportSource;
import io.watchfloor.cases.TimeBasis;
import io.watchfloor.cases.port.out.Cases;
import io.watchfloor.cases.port.out.ContingencyPlanGateway;
import io.watchfloor.people.DepartmentId;
import io.watchfloor.people.EscalationChain;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.Location;
import io.watchfloor.shared.Runtime;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code dueWork(now)} over {@code openCases} registered cases, one a second, of which exactly
 * {@link #DUE} have let their dispatch limit pass at {@code now}: through the real adapter's
 * deadline index ({@code indexed}) against the same use case over an adapter that finds the due
 * cases by reading every case ({@code fullScan}). Each call fires the {@code DUE} timers (missed
 * limits, error records, escalations) inside a unit of work that is then undone, so every
 * invocation does the same work on the same data. Both sides share one store (the baseline wraps
 * the real adapter), so the heap holds the cases once.
 *
 * <p>The ratio is measured interleaved in one JVM by {@link Compare} ({@code Compare DueWork <openCases>}).
 *
 * <p>Run: {@code mvn -B -q -o -Pbench -pl benchmarks -am package -DskipTests -Djmh.args="DueWork -f 1 -wi 2 -i 3 -w 1s -r 2s"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class DueWorkBenchmark {

    /** How many cases are due at {@code now}. */
    static final int DUE = 100;
    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
    private static final RuntimeException UNDO = new RuntimeException("undo", null, false, false) {
    };

    @Param({"100000", "1000000"})
    public int openCases;

    private InMemoryTransactions transactions;
    private CasesModule indexed;
    private CasesModule fullScan;
    private Instant now;

    @Setup(Level.Trial)
    public void fill() {
        transactions = new InMemoryTransactions();
        InMemoryCases indexedCases = new InMemoryCases(transactions);
        DueWorkFullScanCases scannedCases = new DueWorkFullScanCases(indexedCases, transactions);
        DepartmentId roads = DepartmentId.newId();
        CaseCategory category = new CaseCategory("ROAD", "Road damage", roads, Duration.ofHours(16), TimeBasis.WORKING);
        CasePolicy policy = CasePolicy.defaults().withCategory(category);
        PersonId acceptor = PersonId.newId();
        Location place = new Location(31.2304, 121.4737, "People's Square");
        for (int i = 0; i < openCases; i++) {
            Instant at = T0.plusSeconds(i);
            Case c = Case.receive(CaseId.newId(), acceptor, at, ReportSource.CAMERA, "pothole", place, false).state()
                    .register(acceptor, at, "", category, at.plus(policy.dispatchLimit())).state();
            scannedCases.save(c);
        }
        now = T0.plus(policy.dispatchLimit()).plusSeconds(DUE - 1).plusMillis(1);
        indexed = module(indexedCases, transactions, policy);
        fullScan = module(scannedCases, transactions, policy);
        int fired = run(indexed, null);
        int scanned = run(fullScan, null);
        if (fired != DUE || scanned != DUE) {
            throw new IllegalStateException("expected " + DUE + " due cases, the index found " + fired + " and the scan " + scanned);
        }
    }

    private static CasesModule module(Cases cases, InMemoryTransactions transactions, CasePolicy policy) {
        SettableClock clock = SettableClock.at(T0);
        return CasesModule.create(new CasesModule.Ports(cases, new InMemoryErrorRecords(transactions), new InMemoryIncidents(transactions),
                new InMemoryPeople(transactions), new InMemoryDepartments(transactions),
                at -> new EscalationChain(at, Optional.empty(), List.of()), ContingencyPlanGateway.NONE, policy),
                Runtime.of(clock, Validators.validator(), transactions, event -> { }));
    }

    private int run(CasesModule module, Blackhole bh) {
        int[] fired = new int[1];
        try {
            transactions.inTransaction(() -> {
                DueWork work = module.runDueWork().dueWork(now);
                fired[0] = work.missedDispatchLimits().size();
                if (bh != null) {
                    bh.consume(work);
                }
                throw UNDO;
            });
        } catch (RuntimeException undone) {
            if (undone != UNDO) {
                throw undone;
            }
        }
        return fired[0];
    }

    /** dueWork through the adapter's sorted deadline index. */
    @Benchmark
    public int indexed(Blackhole bh) {
        return run(indexed, bh);
    }

    /** The baseline: the same dueWork over an adapter that reads every case to find the due ones. */
    @Benchmark
    public int fullScan(Blackhole bh) {
        return run(fullScan, bh);
    }
}
