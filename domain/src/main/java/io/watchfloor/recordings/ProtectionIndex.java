package io.watchfloor.recordings;

import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.TimeRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An interval index of what protects footage at one instant: the holds in force then (RET-04, RET-09)
 * and the open cases' and investigations' references (RET-06), per camera. A sweep builds it once and
 * asks it about each segment in {@code O(log n)}, so its memory is bounded by the holds, not by the
 * segments, and a segment is never checked against every hold.
 *
 * <p>Per camera, the intervals are sorted by start and augmented with the running maximum of their
 * ends: the intervals overlapping {@code [s, e)} all lie before the first start at or after {@code e},
 * and one exists exactly when the running maximum end there is after {@code s}. Instants are held as
 * epoch microseconds, starts rounded down and ends rounded up, so rounding can only widen what is
 * protected, never narrow it.
 */
public final class ProtectionIndex {

    private static final ProtectionIndex EMPTY = new ProtectionIndex(new CameraTable(Map.of()), 0);

    private final CameraTable byCamera;
    private final int size;

    private ProtectionIndex(CameraTable byCamera, int size) {
        this.byCamera = byCamera;
        this.size = size;
    }

    /** An index protecting nothing. */
    public static ProtectionIndex empty() {
        return EMPTY;
    }

    /** The index of the holds that protect at {@code at} and of every reference given. */
    public static ProtectionIndex of(Collection<Hold> holds, Collection<EvidenceReference> references, Instant at) {
        Map<CameraId, List<Entry>> entries = new HashMap<>();
        int size = 0;
        for (Hold hold : holds) {
            if (!hold.protectsAt(at)) {
                continue;
            }
            Decision.Reason reason = new Decision.Held(hold.id(), hold.describe());
            for (CameraId camera : hold.cameras()) {
                entries.computeIfAbsent(camera, c -> new ArrayList<>()).add(new Entry(hold.range(), reason));
                size++;
            }
        }
        for (EvidenceReference reference : references) {
            entries.computeIfAbsent(reference.camera(), c -> new ArrayList<>())
                    .add(new Entry(reference.range(), new Decision.Referenced(reference)));
            size++;
        }
        Map<CameraId, Intervals> byCamera = new HashMap<>(entries.size() * 2);
        entries.forEach((camera, list) -> byCamera.put(camera, Intervals.of(list)));
        return new ProtectionIndex(new CameraTable(byCamera), size);
    }

    /** How many (camera, interval) entries it holds. */
    public int size() {
        return size;
    }

    /** Whether anything in the index protects footage of {@code camera} recorded in {@code range}. */
    public boolean protects(CameraId camera, TimeRange range) {
        Intervals intervals = byCamera.get(camera);
        return intervals != null && intervals.anyOverlap(floorMicros(range.start()), ceilMicros(range.end()));
    }

    /** Every hold and reference protecting footage of {@code camera} recorded in {@code range}, by start. */
    public List<Decision.Reason> reasons(CameraId camera, TimeRange range) {
        Intervals intervals = byCamera.get(camera);
        if (intervals == null) {
            return List.of();
        }
        return intervals.overlapping(floorMicros(range.start()), ceilMicros(range.end()));
    }

    /** An instant as epoch microseconds, rounded down, saturating. */
    static long floorMicros(Instant t) {
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
        } catch (ArithmeticException e) {
            return t.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** An instant as epoch microseconds, rounded up, saturating. */
    static long ceilMicros(Instant t) {
        long floor = floorMicros(t);
        return t.getNano() % 1_000 == 0 || floor == Long.MAX_VALUE ? floor : floor + 1;
    }

    private record Entry(TimeRange range, Decision.Reason reason) {
    }

    /**
     * Each camera's intervals in an open-addressing table keyed by the id's two halves, mixed so that
     * ids differing only in bits that cancel in {@code UUID.hashCode} still spread; a lookup
     * allocates nothing.
     */
    private static final class CameraTable {
        private final long[] msbs;
        private final long[] lsbs;
        private final Intervals[] values;
        private final int mask;

        CameraTable(Map<CameraId, Intervals> byCamera) {
            int capacity = Integer.highestOneBit(Math.max(2, byCamera.size() * 2 + 1)) << 1;
            msbs = new long[capacity];
            lsbs = new long[capacity];
            values = new Intervals[capacity];
            mask = capacity - 1;
            byCamera.forEach((camera, intervals) -> {
                long msb = camera.value().getMostSignificantBits();
                long lsb = camera.value().getLeastSignificantBits();
                int i = slot(msb, lsb);
                while (values[i] != null) {
                    i = (i + 1) & mask;
                }
                msbs[i] = msb;
                lsbs[i] = lsb;
                values[i] = intervals;
            });
        }

        private int slot(long msb, long lsb) {
            long h = msb * 0x9E37_79B9_7F4A_7C15L + lsb;
            h ^= h >>> 33;
            h *= 0xFF51_AFD7_ED55_8CCDL;
            h ^= h >>> 33;
            return (int) h & mask;
        }

        Intervals get(CameraId camera) {
            long msb = camera.value().getMostSignificantBits();
            long lsb = camera.value().getLeastSignificantBits();
            for (int i = slot(msb, lsb); values[i] != null; i = (i + 1) & mask) {
                if (msbs[i] == msb && lsbs[i] == lsb) {
                    return values[i];
                }
            }
            return null;
        }
    }

    /** One camera's intervals: sorted by start, with the running maximum of the ends. */
    private static final class Intervals {
        private final long[] starts;
        private final long[] ends;
        private final long[] maxEnds;
        private final Decision.Reason[] reasons;

        private Intervals(long[] starts, long[] ends, long[] maxEnds, Decision.Reason[] reasons) {
            this.starts = starts;
            this.ends = ends;
            this.maxEnds = maxEnds;
            this.reasons = reasons;
        }

        static Intervals of(List<Entry> entries) {
            entries.sort(Comparator.comparing((Entry e) -> e.range().start()));
            int n = entries.size();
            long[] starts = new long[n];
            long[] ends = new long[n];
            long[] maxEnds = new long[n];
            Decision.Reason[] reasons = new Decision.Reason[n];
            long max = Long.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                Entry e = entries.get(i);
                starts[i] = floorMicros(e.range().start());
                ends[i] = ceilMicros(e.range().end());
                max = Math.max(max, ends[i]);
                maxEnds[i] = max;
                reasons[i] = e.reason();
            }
            return new Intervals(starts, ends, maxEnds, reasons);
        }

        /** How many intervals start before {@code end}. */
        private int startingBefore(long end) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < end) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        boolean anyOverlap(long start, long end) {
            int before = startingBefore(end);
            return before > 0 && maxEnds[before - 1] > start;
        }

        List<Decision.Reason> overlapping(long start, long end) {
            List<Decision.Reason> found = new ArrayList<>();
            for (int i = startingBefore(end) - 1; i >= 0 && maxEnds[i] > start; i--) {
                if (ends[i] > start) {
                    found.add(reasons[i]);
                }
            }
            java.util.Collections.reverse(found);
            return found;
        }
    }
}
