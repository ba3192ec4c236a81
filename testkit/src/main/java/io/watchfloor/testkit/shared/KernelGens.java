package io.watchfloor.testkit.shared;

import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import io.watchfloor.shared.WorkingCalendar;
import io.watchfloor.shared.WorkingCalendar.Hours;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generators of the shared kernel's values, valid by construction: ids, instants, durations, time
 * ranges, versions and {@link WorkingCalendar}s with random working hours, holidays, make-up days
 * and time zones. Every generator shrinks toward a simple value (the earliest instant, zero, the
 * first zone, fewer periods and exceptions).
 *
 * <p>Time stays within {@link #EARLIEST} and {@link #LATEST}, 2020-01-01 to 2036-01-01 UTC, so that
 * the zones' rules are the tz database's current ones and daylight-saving changes come up.
 */
public final class KernelGens {

    /** The earliest instant these generators give: 2020-01-01T00:00:00Z. */
    public static final Instant EARLIEST = Instant.parse("2020-01-01T00:00:00Z");
    /** The latest instant these generators give: 2036-01-01T00:00:00Z. */
    public static final Instant LATEST = Instant.parse("2036-01-01T00:00:00Z");

    private static final int MINUTES_PER_DAY = 24 * 60;
    private static final Map<ZoneId, List<Instant>> TRANSITIONS = new ConcurrentHashMap<>();

    private KernelGens() {
    }

    // ---------------------------------------------------------------- ids and versions

    /**
     * UUIDs laid out as version 7, like {@code UuidV7.next()} gives: the Unix milliseconds of an
     * instant in {@code [EARLIEST, LATEST]}, a 12-bit sequence and 62 random bits. Shrinks toward the
     * id of {@link #EARLIEST} with zero sequence and bits.
     *
     * @return the generator
     */
    public static Gen<UUID> uuids() {
        return UUIDS;
    }

    private static final Gen<UUID> UUIDS = uuidsOfVersion7();

    private static Gen<UUID> uuidsOfVersion7() {
        Gen<Long> millis = Gens.longs(EARLIEST.toEpochMilli(), LATEST.toEpochMilli());
        Gen<Integer> sequence = Gens.integers(0, 0xFFF);
        Gen<Long> bits = Gens.longs(0, 0x3FFF_FFFF_FFFF_FFFFL);
        return source -> new UUID(source.draw(millis) << 16 | 0x7000L | source.draw(sequence),
                source.draw(bits) | 0x8000_0000_0000_0000L);
    }

    /** @return case ids over {@link #uuids()} */
    public static Gen<CaseId> caseIds() {
        return uuids().map(CaseId::new);
    }

    /** @return incident ids over {@link #uuids()} */
    public static Gen<IncidentId> incidentIds() {
        return uuids().map(IncidentId::new);
    }

    /** @return camera ids over {@link #uuids()} */
    public static Gen<CameraId> cameraIds() {
        return uuids().map(CameraId::new);
    }

    /** @return versions 0 (never stored) to 1000, shrinking toward {@link Version#NEW} */
    public static Gen<Version> versions() {
        return VERSIONS;
    }

    private static final Gen<Version> VERSIONS = Gens.longs(0, 1000).map(Version::new);

    // ---------------------------------------------------------------- time

    /**
     * Instants in {@code [EARLIEST, LATEST]}: whole minutes three times in four, else any
     * nanosecond. Shrinks toward {@link #EARLIEST}.
     *
     * @return the generator
     */
    public static Gen<Instant> instants() {
        return INSTANTS;
    }

    private static final Gen<Instant> INSTANTS = Gens.frequency(
            Gens.weighted(3, Gens.longs(0, Duration.between(EARLIEST, LATEST).toMinutes())
                    .map(minute -> EARLIEST.plusSeconds(minute * 60))),
            Gens.weighted(1, Gens.instants(EARLIEST, LATEST)));

    /**
     * Instants within 36 hours of a change of {@code zone}'s offset (daylight saving) between
     * {@link #EARLIEST} and {@link #LATEST}, half of them within an hour of it; a zone without
     * changes gives {@link #instants()}.
     *
     * @param zone the zone
     * @return the generator
     */
    public static Gen<Instant> instantsNearTransitions(ZoneId zone) {
        return instantsNearTransitions(zone, Duration.ofHours(36), Duration.ofHours(36));
    }

    /**
     * Instants from {@code before} before to {@code after} after a change of {@code zone}'s offset
     * between {@link #EARLIEST} and {@link #LATEST}, half of them within an hour of it, on whole
     * minutes three times in four; a zone without changes gives {@link #instants()}. Shrinks toward
     * the first change and the moment of change.
     *
     * @param zone the zone
     * @param before how long before a change instants may lie, not negative
     * @param after how long after a change instants may lie, not negative
     * @return the generator
     */
    public static Gen<Instant> instantsNearTransitions(ZoneId zone, Duration before, Duration after) {
        if (before.isNegative() || after.isNegative()) {
            throw new IllegalArgumentException("before and after must not be negative");
        }
        List<Instant> transitions = transitions(zone);
        if (transitions.isEmpty()) {
            return instants();
        }
        Duration hour = Duration.ofHours(1);
        Gen<Duration> offsets = Gens.frequency(
                Gens.weighted(1, Gens.durations(min(before, hour).negated(), min(after, hour))),
                Gens.weighted(1, Gens.durations(before.negated(), after)));
        Gen<Duration> minuteOffsets = offsets.map(d -> Duration.ofMinutes(d.toMinutes()));
        Gen<Duration> anyOffsets = Gens.frequency(Gens.weighted(3, minuteOffsets), Gens.weighted(1, offsets));
        return source -> source.draw(Gens.oneOf(transitions)).plus(source.draw(anyOffsets));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Instants that matter to {@code calendar}, in equal parts: anywhere in range, near its zone's
     * daylight-saving changes, on or within two hours of the start or end of its working periods
     * (half of these exactly on it), and on its exception dates (when it has any).
     *
     * @param calendar the calendar
     * @return the generator
     */
    public static Gen<Instant> instantsFor(WorkingCalendar calendar) {
        ZoneId zone = calendar.zone();
        Gen<Duration> edgeOffsets = Gens.frequency(Gens.weighted(1, Gens.constant(Duration.ZERO)),
                Gens.weighted(1, Gens.durations(Duration.ofHours(-2), Duration.ofHours(2))));
        Gen<Instant> edges = source -> {
            LocalDate date = source.draw(instants()).atZone(zone).toLocalDate();
            List<TimeRange> windows = calendar.windowsOn(date);
            if (windows.isEmpty()) {
                return date.atStartOfDay(zone).toInstant();
            }
            TimeRange window = source.draw(Gens.oneOf(windows));
            Instant edge = source.draw(Gens.booleans()) ? window.end() : window.start();
            return edge.plus(source.draw(edgeOffsets));
        };
        List<Gen<Instant>> options = new ArrayList<>(List.of(instants(), instantsNearTransitions(zone), edges));
        if (!calendar.exceptions().isEmpty()) {
            List<LocalDate> dates = new ArrayList<>(calendar.exceptions().keySet());
            Gen<Instant> onExceptions = source -> source.draw(Gens.oneOf(dates)).atStartOfDay(zone).toInstant()
                    .plus(source.draw(Gens.durations(Duration.ofHours(-6), Duration.ofHours(30))));
            options.add(onExceptions);
        }
        return source -> source.draw(options.get(source.draw(Gens.integers(0, options.size() - 1))));
    }

    /**
     * Durations in {@code [0, max]}: whole minutes three times in four, else any nanosecond;
     * biased toward 0 and {@code max}, shrinking toward 0.
     *
     * @param max the longest duration, not negative
     * @return the generator
     */
    public static Gen<Duration> durations(Duration max) {
        if (max.isNegative()) {
            throw new IllegalArgumentException("max must not be negative, was " + max);
        }
        Gen<Duration> minutes = Gens.longs(0, max.toMinutes()).map(Duration::ofMinutes);
        return Gens.frequency(Gens.weighted(3, minutes), Gens.weighted(1, Gens.durations(Duration.ZERO, max)));
    }

    /**
     * Time ranges starting at {@link #instants()} and lasting from one second to {@code maxLength}.
     *
     * @param maxLength the longest range, at least one second
     * @return the generator
     */
    public static Gen<TimeRange> timeRanges(Duration maxLength) {
        Gen<Duration> lengths = Gens.durations(Duration.ofSeconds(1), maxLength);
        return source -> TimeRange.starting(source.draw(instants()), source.draw(lengths));
    }

    // ---------------------------------------------------------------- working calendars

    /**
     * Working hours of one period, on quarter hours three times in four, else on any minute; the
     * end may be 24:00. Shrinks toward 00:00-00:15.
     *
     * @return the generator
     */
    public static Gen<Hours> hours() {
        return dayHours(1, 1).map(list -> list.get(0));
    }

    /**
     * The working periods of one day: {@code [minPeriods, maxPeriods]} periods that do not overlap,
     * sorted, on quarter hours three times in four, else on any minute; the last may end at 24:00.
     *
     * @param minPeriods the fewest periods, at least 0
     * @param maxPeriods the most periods, at most 12
     * @return the generator
     */
    public static Gen<List<Hours>> dayHours(int minPeriods, int maxPeriods) {
        if (minPeriods < 0 || maxPeriods > 12 || minPeriods > maxPeriods) {
            throw new IllegalArgumentException("need 0 <= minPeriods <= maxPeriods <= 12");
        }
        Gen<Integer> minuteOfDay = Gens.frequency(
                Gens.weighted(3, Gens.integers(0, MINUTES_PER_DAY / 15).map(quarter -> quarter * 15)),
                Gens.weighted(1, Gens.integers(0, MINUTES_PER_DAY)));
        return source -> {
            int periods = source.draw(Gens.integers(minPeriods, maxPeriods));
            Set<Integer> cuts = new TreeSet<>(source.draw(Gens.sets(minuteOfDay, 2 * periods, 2 * periods)));
            List<Integer> sorted = new ArrayList<>(cuts);
            List<Hours> hours = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i += 2) {
                hours.add(new Hours(timeOf(sorted.get(i)), timeOf(sorted.get(i + 1))));
            }
            return hours;
        };
    }

    /**
     * Working calendars in {@link Gens#zones()} (UTC, Europe/Berlin, Asia/Shanghai, America/New_York
     * and zones with half-hour offsets and unusual daylight saving).
     *
     * @return the generator
     * @see #calendars(Gen)
     */
    public static Gen<WorkingCalendar> calendars() {
        return calendars(Gens.zones());
    }

    /**
     * Working calendars in the given zones: each weekday has no hours or one to three periods (at
     * least one weekday has some; round-the-clock days come up), and up to eight exception dates
     * between 2020 and 2035, each a holiday or a day with its own hours (a make-up day). Shrinks
     * toward a calendar with one period on Monday and no exceptions.
     *
     * @param zones the zones
     * @return the generator
     */
    public static Gen<WorkingCalendar> calendars(Gen<ZoneId> zones) {
        Gen<List<Hours>> day = Gens.frequency(
                Gens.weighted(6, dayHours(1, 3)),
                Gens.weighted(1, Gens.constant(List.of(Hours.ALL_DAY))));
        Gen<List<Hours>> weekday = Gens.frequency(Gens.weighted(1, Gens.constant(List.of())), Gens.weighted(2, day));
        Gen<LocalDate> dates = Gens.integers(0, (int) (LATEST.getEpochSecond() - EARLIEST.getEpochSecond()) / 86_400 - 1)
                .map(days -> LocalDate.ofInstant(EARLIEST, ZoneOffset.UTC).plusDays(days));
        Gen<List<Hours>> exception = Gens.frequency(Gens.weighted(1, Gens.constant(List.of())), Gens.weighted(1, day));
        return source -> {
            ZoneId zone = source.draw(zones);
            Map<DayOfWeek, List<Hours>> weekly = new EnumMap<>(DayOfWeek.class);
            DayOfWeek open = source.draw(Gens.enums(DayOfWeek.class));
            for (DayOfWeek weekdayOf : DayOfWeek.values()) {
                weekly.put(weekdayOf, weekdayOf == open ? source.draw(day) : source.draw(weekday));
            }
            Map<LocalDate, List<Hours>> exceptions = new LinkedHashMap<>(
                    source.draw(Gens.maps(dates, exception, 0, 8)));
            return new WorkingCalendar(zone, weekly, exceptions);
        };
    }

    /**
     * Round-the-clock calendars in {@link Gens#zones()}, the default of every department.
     *
     * @return the generator
     */
    public static Gen<WorkingCalendar> twentyFourSeven() {
        return Gens.zones().map(WorkingCalendar::twentyFourSeven);
    }

    private static LocalTime timeOf(int minuteOfDay) {
        return minuteOfDay == MINUTES_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }

    private static List<Instant> transitions(ZoneId zone) {
        return TRANSITIONS.computeIfAbsent(zone, z -> {
            ZoneRules rules = z.getRules();
            List<Instant> found = new ArrayList<>();
            ZoneOffsetTransition next = rules.nextTransition(EARLIEST);
            while (next != null && next.getInstant().isBefore(LATEST)) {
                found.add(next.getInstant());
                next = rules.nextTransition(next.getInstant());
            }
            return List.copyOf(found);
        });
    }
}
