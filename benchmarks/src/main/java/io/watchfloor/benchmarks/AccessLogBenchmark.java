package io.watchfloor.benchmarks;

import io.watchfloor.access.AccessChain;
import io.watchfloor.access.AccessLogEntry;
import io.watchfloor.access.ChainHash;
import io.watchfloor.access.GrantId;
import io.watchfloor.access.LogKind;
import io.watchfloor.access.LogRecord;
import io.watchfloor.access.Verification;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.testkit.access.InMemoryAccessLog;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The access log's hash chain over 1,000,000 entries (ACCESS-04): appending (canonical encoding,
 * SHA-256, store) and verifying the whole chain, from the in-memory log's objects and from the
 * entries' stored bytes, against raw SHA-256 over exactly the bytes verification hashes (each
 * entry's previous hash and canonical content), in the same run: the physical limit.
 * Times are per entry (each invocation handles the million).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class AccessLogBenchmark {

    /** How many entries each invocation appends or verifies. */
    public static final int ENTRIES = 1_000_000;

    private final List<LogRecord> records = new ArrayList<>(ENTRIES);
    private InMemoryAccessLog log;
    private List<byte[]> stored;
    private byte[][] previous;
    private byte[][] contents;
    private InMemoryAccessLog fresh;

    @Setup(Level.Trial)
    public void buildTheLog() {
        Random random = new Random(42);
        Instant start = Instant.parse("2026-11-23T00:00:00Z");
        List<CameraId> cameras = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            cameras.add(new CameraId(new java.util.UUID(0xCA, i)));
        }
        List<PersonId> operators = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            operators.add(new PersonId(new java.util.UUID(0x9E, i)));
        }
        String[] names = {"Li Na", "Wang Fang", "Chen Jie", "刘洋", "Zhou Min"};
        LogKind[] kinds = {LogKind.VIEW, LogKind.PLAYBACK, LogKind.LIVE_VIEW, LogKind.VIEW, LogKind.EXPORT};
        for (int i = 0; i < ENTRIES; i++) {
            Instant at = start.plusSeconds(i * 3L);
            LogKind kind = kinds[random.nextInt(kinds.length)];
            boolean live = kind == LogKind.LIVE_VIEW;
            records.add(new LogRecord(at, kind, operators.get(random.nextInt(operators.size())), names[random.nextInt(names.length)],
                    live ? null : "Officer Zhang Wei (Huangpu Public Security Sub-bureau, credential SH-310101-4471)",
                    live ? null : new GrantId(new java.util.UUID(0x6A, random.nextInt(5_000))),
                    List.of(cameras.get(random.nextInt(cameras.size()))),
                    live ? null : TimeRange.starting(at.minus(Duration.ofHours(20)), Duration.ofMinutes(30)),
                    live ? "live view" : "purpose: case " + random.nextInt(100_000) + ", theft reported on Nanjing Road"));
        }
        log = new InMemoryAccessLog(new InMemoryTransactions());
        ChainHash head = ChainHash.GENESIS;
        stored = new ArrayList<>(ENTRIES);
        previous = new byte[ENTRIES][];
        contents = new byte[ENTRIES][];
        for (int i = 0; i < ENTRIES; i++) {
            AccessLogEntry entry = AccessLogEntry.seal(i + 1L, records.get(i), head);
            log.append(entry);
            stored.add(entry.stored());
            previous[i] = head.bytes();
            contents[i] = entry.content();
            head = entry.hash();
        }
        long bytes = 0;
        for (int i = 0; i < ENTRIES; i++) {
            bytes += previous[i].length + contents[i].length;
        }
        System.out.printf("%n%d entries, %.1f bytes hashed per entry on average%n", ENTRIES, bytes / (double) ENTRIES);
    }

    @Setup(Level.Invocation)
    public void freshLog() {
        fresh = new InMemoryAccessLog(new InMemoryTransactions());
    }

    /** Appends a million entries: canonical encoding, SHA-256 over the previous hash and content, store. */
    @Benchmark
    @OperationsPerInvocation(ENTRIES)
    public long append() {
        ChainHash head = ChainHash.GENESIS;
        for (int i = 0; i < ENTRIES; i++) {
            AccessLogEntry entry = AccessLogEntry.seal(i + 1L, records.get(i), head);
            fresh.append(entry);
            head = entry.hash();
        }
        return fresh.size();
    }

    /** Verifies the whole chain as the use case does: paging through the log, re-encoding each entry, hashing, comparing. */
    @Benchmark
    @OperationsPerInvocation(ENTRIES)
    public Verification verifyFromTheLog() {
        Verification result = AccessChain.verify(log.entries());
        if (!result.isIntact()) {
            throw new IllegalStateException(result.toString());
        }
        return result;
    }

    /** Verifies the whole chain from the entries' stored bytes (no re-encoding). */
    @Benchmark
    @OperationsPerInvocation(ENTRIES)
    public Verification verifyStoredBytes() {
        Verification result = AccessChain.verifyStored(stored);
        if (!result.isIntact()) {
            throw new IllegalStateException(result.toString());
        }
        return result;
    }

    /** The physical limit: SHA-256 over the same bytes verification hashes, nothing else. */
    @Benchmark
    @OperationsPerInvocation(ENTRIES)
    public byte[] baselineRawSha256() {
        MessageDigest sha = AccessChain.sha256();
        byte[] last = null;
        for (int i = 0; i < ENTRIES; i++) {
            sha.update(previous[i]);
            sha.update(contents[i]);
            last = sha.digest();
        }
        return last;
    }
}
