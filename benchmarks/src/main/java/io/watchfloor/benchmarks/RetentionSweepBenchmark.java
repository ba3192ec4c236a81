package io.watchfloor.benchmarks;

import io.watchfloor.people.PersonId;
import io.watchfloor.recordings.ContentHash;
import io.watchfloor.recordings.Decision;
import io.watchfloor.recordings.Hold;
import io.watchfloor.recordings.HoldReason;
import io.watchfloor.recordings.MediaLocation;
import io.watchfloor.recordings.RetentionPlanner;
import io.watchfloor.recordings.RetentionPolicy;
import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.SegmentId;
import io.watchfloor.recordings.ShortageChoice;
import io.watchfloor.recordings.StorageArea;
import io.watchfloor.recordings.Trigger;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.ZoneImportance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Plans a retention sweep over 10,000,000 segments of 2,000 cameras against 10,000 holds, and reports
 * segments decided per second (one JMH operation = one segment):
 * <ul>
 *   <li>{@link #indexedSweep} streams all 10,000,000 segments through a {@link RetentionPlanner}
 *       whose {@link io.watchfloor.recordings.ProtectionIndex} holds the holds per camera, sorted and
 *       augmented with running maximum ends; segments are generated one by one and dropped, so memory
 *       is bounded by the holds, not by the segments;</li>
 *   <li>{@link #scanBaseline} decides the same kind of segments by checking every hold for every
 *       segment (on a 20,000-segment slice, since the full run would take hours).</li>
 * </ul>
 * Both decide the same way; {@link World#setUp} checks that on a sample before measuring.
 * Run: {@code mvn -B -q -o -Pbench -pl benchmarks -am package -DskipTests -Djmh.args="RetentionSweep -f 1 -wi 2 -i 3 -w 1s -r 2s"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class RetentionSweepBenchmark {

    static final int SEGMENTS = 10_000_000;
    static final int HOLDS = 10_000;
    static final int CAMERAS = 2_000;
    static final int SCAN_SLICE = 20_000;
    static final Instant BASE = Instant.parse("2025-01-01T00:00:00Z");
    static final Duration SEGMENT_LENGTH = Duration.ofHours(1);

    /** The holds, the policy, the planner and what segments are made of. */
    @State(Scope.Benchmark)
    public static class World {
        final CameraId[] cameras = new CameraId[CAMERAS];
        final List<Hold> holds = new ArrayList<>(HOLDS);
        final MediaLocation location = new MediaLocation(new StorageArea("NVR-01"), "bench.mp4");
        final ContentHash hash = new ContentHash("0".repeat(64));
        final RetentionPolicy policy = RetentionPolicy.builder("bench", ShortageChoice.ALARM_ONLY)
                .importantMinimum(Duration.ofDays(30)).maximum(Duration.ofDays(180)).build();
        /** Decisions are made after the last segment's maximum, so only holds keep footage. */
        final Instant at = BASE.plus(Duration.ofHours(SEGMENTS / CAMERAS)).plus(Duration.ofDays(181));
        RetentionPlanner planner;

        @Setup(Level.Trial)
        public void setUp() {
            SplittableRandom random = new SplittableRandom(7);
            for (int c = 0; c < CAMERAS; c++) {
                cameras[c] = new CameraId(new UUID(random.nextLong(), random.nextLong()));
            }
            long hoursCovered = SEGMENTS / CAMERAS;
            PersonId head = PersonId.newId();
            for (int h = 0; h < HOLDS; h++) {
                Instant start = BASE.plus(Duration.ofMinutes(random.nextLong(hoursCovered * 60)));
                TimeRange range = TimeRange.starting(start, Duration.ofMinutes(10 + random.nextLong(48 * 60)));
                holds.add(Hold.legalHold(Set.of(cameras[random.nextInt(CAMERAS)]), range, HoldReason.OTHER, CaseId.newId(), null, "",
                        head, BASE));
            }
            planner = RetentionPlanner.at(at, policy, holds, List.of());
            for (int i = 0; i < SEGMENTS; i += 997) {
                Segment s = segment(i);
                boolean indexed = planner.decide(s) instanceof Decision.Destroy;
                if (indexed != scanSaysDestroy(s)) {
                    throw new IllegalStateException("the index and the scan disagree on segment " + i);
                }
            }
        }

        /** The {@code i}-th segment: camera {@code i mod 2,000}, hour {@code i / 2,000}. */
        Segment segment(long i) {
            Instant start = BASE.plusSeconds(3_600L * (i / CAMERAS));
            Instant end = start.plus(SEGMENT_LENGTH);
            return new Segment(new SegmentId(new UUID(i, i)), cameras[(int) (i % CAMERAS)], new TimeRange(start, end), location,
                    1_800_000_000L, hash, Trigger.CONTINUOUS, ZoneImportance.ORDINARY, end, end.plus(Duration.ofDays(30)), "bench");
        }

        /** The baseline: checks every hold for every segment. */
        boolean scanSaysDestroy(Segment s) {
            if (!s.retentionEndedAt(at)) {
                return false;
            }
            for (Hold hold : holds) {
                if (hold.protectsAt(at) && hold.covers(s.camera(), s.range())) {
                    return false;
                }
            }
            return !at.isBefore(s.range().end().plus(policy.maximum()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SEGMENTS)
    public long indexedSweep(World world) {
        long destroyed = 0;
        for (long i = 0; i < SEGMENTS; i++) {
            if (world.planner.decide(world.segment(i)) instanceof Decision.Destroy) {
                destroyed++;
            }
        }
        return destroyed;
    }

    @Benchmark
    @OperationsPerInvocation(SCAN_SLICE)
    public long scanBaseline(World world) {
        long destroyed = 0;
        long stride = SEGMENTS / SCAN_SLICE;
        for (long i = 0; i < SCAN_SLICE; i++) {
            if (world.scanSaysDestroy(world.segment(i * stride + (i % CAMERAS)))) {
                destroyed++;
            }
        }
        return destroyed;
    }
}
