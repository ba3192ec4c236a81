package io.watchfloor.benchmarks;

import io.watchfloor.devices.DevicePolicy;
import io.watchfloor.devices.DevicesModule;
import io.watchfloor.devices.ImportReport;
import io.watchfloor.devices.port.in.ImportDevices;
import io.watchfloor.examples.devices.DeviceCsv;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.shared.Runtime;
import io.watchfloor.testkit.devices.DeviceSamples;
import io.watchfloor.testkit.devices.InMemoryDeviceStores;
import io.watchfloor.testkit.devices.ScriptedCameraGateway;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What importing the device archive costs (DEVICE-01): 10,000 CSV rows, seven of them bad, read with
 * the examples' Commons CSV edge ({@link DeviceCsv}) into an
 * empty in-memory archive, every row checked as a registration would be and stored in batches of
 * 500, one unit of work each; and exporting the 9,993 devices again. The baseline, in the same run,
 * only splits the same text into lines and fields, which is the least any import must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class DeviceCsvImportBenchmark {

    private static final Set<Integer> BAD = Set.of(17, 1_234, 2_500, 4_999, 6_000, 8_765, 9_999);
    private final String csv = csv();
    private Fixture empty;
    private Fixture full;

    /** An archive context on in-memory adapters. */
    static final class Fixture {
        final InMemoryTransactions transactions = new InMemoryTransactions();
        final InMemoryPeople people = new InMemoryPeople(transactions);
        final Person technician = people.save(Person.newPerson("Zheng Kai", Set.of(Role.TECHNICIAN), null));
        final SettableClock clock = SettableClock.at(Instant.parse("2026-11-23T01:00:00Z"));
        final DevicesModule module = DevicesModule.create(new DevicesModule.Ports(new InMemoryDeviceStores(transactions).stores(),
                new ScriptedCameraGateway(clock), people, DevicePolicy.DEFAULT),
                Runtime.of(clock, Validators.validator(), transactions, new RecordingEventSink()));

        ImportReport importCsv(String text) {
            return module.importDevices().importRows(DeviceCsv.read(technician.id(), new StringReader(text)));
        }
    }

    /** The 10,000 sample rows as a CSV file, written with the examples' Commons CSV edge. */
    private static String csv() {
        List<List<String>> records = new ArrayList<>();
        records.add(ImportDevices.COLUMNS);
        records.addAll(DeviceSamples.rows(10_000, BAD));
        StringBuilder out = new StringBuilder(10_000 * 300);
        DeviceCsv.writeRecords(out, records);
        return out.toString();
    }

    @Setup(Level.Trial)
    public void fillArchive() {
        full = new Fixture();
        full.importCsv(csv);
    }

    @Setup(Level.Invocation)
    public void emptyArchive() {
        empty = new Fixture();
    }

    @Benchmark
    public int baselineSplitLinesAndFields() {
        int fields = 0;
        for (String line : csv.split("\r\n")) {
            fields += line.split(",", -1).length;
        }
        return fields;
    }

    @Benchmark
    public ImportReport importTenThousandRows() {
        ImportReport report = empty.importCsv(csv);
        if (report.imported() != 10_000 - BAD.size()) {
            throw new IllegalStateException("imported " + report.imported());
        }
        return report;
    }

    @Benchmark
    public int exportTenThousandDevices() {
        StringBuilder out = new StringBuilder(4 << 20);
        return DeviceCsv.write(full.module.exportDevices(), out);
    }
}
