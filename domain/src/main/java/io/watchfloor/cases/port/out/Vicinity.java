package io.watchfloor.cases.port.out;

import io.watchfloor.shared.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The place part of a repeat-report query (CASE-09): every location within {@code radiusMetres}
 * of {@code centre}, measured as {@link Location#metresTo} measures it, the radius included.
 *
 * <p>How an adapter answers it without reading every case of a category: it indexes each open case
 * under {@link #key(Location)}, a 62-bit Z-order (geohash) key whose leading bits name ever
 * coarser grid cells, and reads only the key {@link #ranges()}: the cells, at the grid level that
 * matches the radius, which cover the circle's bounding {@link #box()} (at most three by three,
 * twice that where the circle crosses the 180° meridian), keeping what {@link #contains} accepts
 * ({@link Box#mayContain} first, which is cheaper). In SQL that is an index on
 * {@code (category, place_key)} and {@code place_key >= ? AND place_key < ?} per range.
 *
 * @param centre where the new report is
 * @param radiusMetres how near counts as the same place, 0 or more
 */
public record Vicinity(Location centre, double radiusMetres) {

    /** Bits per coordinate in a key: 180° / 2³¹ is about 9 µm of latitude. */
    static final int BITS = 31;
    private static final long CELLS = 1L << BITS;
    /** The mean earth radius, rounded down, so that the bounding box errs on the large side. */
    private static final double EARTH_RADIUS_METRES = 6_371_000;
    /** What the box adds on every side, in degrees (about a tenth of a millimetre), for rounding. */
    private static final double MARGIN_DEGREES = 1e-9;

    public Vicinity {
        Objects.requireNonNull(centre, "centre");
        if (!(radiusMetres >= 0) || Double.isInfinite(radiusMetres)) {
            throw new IllegalArgumentException("radiusMetres must be a finite distance of 0 or more, was " + radiusMetres);
        }
    }

    /** A half-open range of keys, {@code from} included, {@code until} excluded. */
    public record KeyRange(long from, long until) {
        public KeyRange {
            if (from < 0 || until <= from) {
                throw new IllegalArgumentException("a key range needs 0 <= from < until, was " + from + " to " + until);
            }
        }

        /** Whether {@code key} lies in this range. */
        public boolean contains(long key) {
            return key >= from && key < until;
        }
    }

    /**
     * The bounding box of the circle, a little larger than exact so that rounding cannot leave out
     * a place at the radius. {@code west > east} when it crosses the 180° meridian.
     *
     * @param south degrees, -90 or more
     * @param north degrees, 90 or less
     * @param west degrees
     * @param east degrees
     * @param allLongitudes whether the box goes round the earth (it holds a pole)
     */
    public record Box(double south, double north, double west, double east, boolean allLongitudes) {

        /** Whether the place at these coordinates may be within the radius: cheap, and never false for one that is. */
        public boolean mayContain(double latitude, double longitude) {
            if (latitude < south || latitude > north) {
                return false;
            }
            return allLongitudes || (west <= east ? longitude >= west && longitude <= east : longitude >= west || longitude <= east);
        }
    }

    /** Whether {@code place} is within the radius of the centre (inclusive). */
    public boolean contains(Location place) {
        return centre.metresTo(place) <= radiusMetres;
    }

    /** The circle's bounding box: what lies outside it is farther than the radius. */
    public Box box() {
        double angle = radiusMetres / EARTH_RADIUS_METRES * (1 + 1e-9) + 1e-12;
        double spread = Math.toDegrees(angle) + MARGIN_DEGREES;
        double south = centre.latitude() - spread;
        double north = centre.latitude() + spread;
        if (south <= -90 || north >= 90) {
            return new Box(Math.max(south, -90), Math.min(north, 90), -180, 180, true);
        }
        double ratio = Math.sin(angle) / Math.cos(Math.toRadians(centre.latitude()));
        double width = ratio >= 1 ? 180 : Math.toDegrees(Math.asin(ratio)) + MARGIN_DEGREES;
        if (width >= 180) {
            return new Box(south, north, -180, 180, true);
        }
        double west = centre.longitude() - width;
        double east = centre.longitude() + width;
        return new Box(south, north, west <= -180 ? west + 360 : west, east >= 180 ? east - 360 : east, false);
    }

    /**
     * The index key of {@code place}: latitude and longitude, each cut into 2³¹ steps, their bits
     * interleaved (latitude first). Keys of nearby places share their leading bits.
     */
    public static long key(Location place) {
        return interleave(step(place.latitude(), -90, 180), step(place.longitude(), -180, 360));
    }

    /**
     * The key ranges an adapter reads: every location this vicinity {@link #contains} has its
     * {@link #key} in one of them. Sorted, disjoint and not adjacent; at most nine cells' worth
     * (eighteen where the circle crosses the 180° meridian), each between half and the whole of
     * the box's height.
     */
    public List<KeyRange> ranges() {
        Box box = box();
        List<long[]> longitudes = new ArrayList<>();
        if (box.allLongitudes()) {
            longitudes.add(new long[] {0, CELLS - 1});
        } else if (box.west() > box.east()) {
            longitudes.add(new long[] {0, lonStep(box.east())});
            longitudes.add(new long[] {lonStep(box.west()), CELLS - 1});
        } else {
            longitudes.add(new long[] {lonStep(box.west()), lonStep(box.east())});
        }
        long[] latitudes = {latStep(box.south()), latStep(box.north())};
        int bits = 64 - Long.numberOfLeadingZeros(latitudes[1] - latitudes[0]);
        for (long[] l : longitudes) {
            bits = Math.max(bits, 64 - Long.numberOfLeadingZeros(l[1] - l[0]));
        }
        // cells between half the box and the box: at most three a side, about three times the circle's area read
        int shift = Math.max(0, bits - 1);
        List<KeyRange> cells = new ArrayList<>();
        for (long i = latitudes[0] >> shift; i <= latitudes[1] >> shift; i++) {
            for (long[] l : longitudes) {
                for (long j = l[0] >> shift; j <= l[1] >> shift; j++) {
                    long first = interleave(i, j) << (2 * shift);
                    cells.add(new KeyRange(first, first + (1L << (2 * shift))));
                }
            }
        }
        cells.sort(Comparator.comparingLong(KeyRange::from));
        List<KeyRange> merged = new ArrayList<>();
        for (KeyRange r : cells) {
            KeyRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r.from() <= last.until()) {
                merged.set(merged.size() - 1, new KeyRange(last.from(), Math.max(last.until(), r.until())));
            } else {
                merged.add(r);
            }
        }
        return List.copyOf(merged);
    }

    private static long latStep(double latitude) {
        return step(latitude, -90, 180);
    }

    private static long lonStep(double longitude) {
        return step(longitude, -180, 360);
    }

    /** Which of the 2³¹ steps of [min, min + span] {@code value} falls in; never decreases as the value grows. */
    private static long step(double value, double min, double span) {
        long s = (long) Math.floor((value - min) / span * CELLS);
        return Math.max(0, Math.min(CELLS - 1, s));
    }

    private static long interleave(long latitude, long longitude) {
        return spread(latitude) << 1 | spread(longitude);
    }

    /** The 31 low bits of {@code v} moved to the even bit positions. */
    private static long spread(long v) {
        v &= 0x7FFF_FFFFL;
        v = (v | v << 16) & 0x0000_FFFF_0000_FFFFL;
        v = (v | v << 8) & 0x00FF_00FF_00FF_00FFL;
        v = (v | v << 4) & 0x0F0F_0F0F_0F0F_0F0FL;
        v = (v | v << 2) & 0x3333_3333_3333_3333L;
        v = (v | v << 1) & 0x5555_5555_5555_5555L;
        return v;
    }
}
