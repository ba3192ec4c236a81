package io.watchfloor.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.shared.WorkingCalendar.Hours;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import io.watchfloor.testkit.property.Tuple2;
import io.watchfloor.testkit.property.Tuple3;
import io.watchfloor.testkit.shared.KernelGens;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Working calendar laws, over generated calendars, instants and durations")
class WorkingCalendarPropertiesTest {

    private static final int TRIES = 1000;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Duration NANO = Duration.ofNanos(1);

    /** Up to three days of working time: enough to cross weekends, holidays and DST changes. */
    private static final Gen<Duration> WORKING_TIME = KernelGens.durations(Duration.ofHours(72));

    /** A calendar, an instant that matters to it, and an amount of working time. */
    private static Gen<Tuple3<WorkingCalendar, Instant, Duration>> deadlines(Gen<WorkingCalendar> calendars) {
        return calendars.flatMap(calendar -> Gens.tuples(Gens.constant(calendar), KernelGens.instantsFor(calendar),
                WORKING_TIME));
    }

    /**
     * Calendars none of whose working periods starts or ends at a wall-clock time that a
     * daylight-saving change skips (02:00-03:00 in Berlin). Such periods give overlapping windows
     * today, a bug that {@link #periodsInTheSpringForwardGap()} shows; once it is fixed, use
     * {@code KernelGens.calendars()} as it is.
     */
    private static final Gen<WorkingCalendar> CALENDARS = KernelGens.calendars()
            .filter("no period starts or ends in a daylight-saving gap", WorkingCalendarPropertiesTest::clearOfGaps);

    private static final Gen<Tuple3<WorkingCalendar, Instant, Duration>> DEADLINES = deadlines(CALENDARS);
    /** Berlin calendars, with instants mostly in the two days before its clocks change. */
    private static final Gen<Tuple3<WorkingCalendar, Instant, Duration>> BERLIN_DEADLINES = KernelGens
            .calendars(Gens.constant(BERLIN))
            .filter("no period starts or ends in a daylight-saving gap", WorkingCalendarPropertiesTest::clearOfGaps)
            .flatMap(calendar -> Gens.tuples(Gens.constant(calendar), Gens.frequency(
                    Gens.weighted(3, KernelGens.instantsNearTransitions(BERLIN, Duration.ofHours(48), Duration.ofHours(2))),
                    Gens.weighted(1, KernelGens.instantsFor(calendar))), WORKING_TIME));

    @Test
    @DisplayName("adding working time and then measuring it gives the same duration back")
    void betweenUndoesPlus() {
        Property.forAll(DEADLINES).tries(TRIES).check(this::assertBetweenUndoesPlus);
    }

    @Test
    @DisplayName("in Europe/Berlin, across the days the clocks change, the laws hold: adding then measuring gives "
            + "the duration back, and an instant is working time exactly when it counts as working time")
    void lawsAcrossDaylightSaving() {
        Property.forAll(BERLIN_DEADLINES).tries(TRIES)
                .requireShare("crosses a clock change", 0.1)
                .check(deadline -> {
                    WorkingCalendar calendar = deadline.first();
                    Instant due = calendar.plus(deadline.second(), deadline.third());
                    Property.classify(offsetChanges(BERLIN, deadline.second(), due), "crosses a clock change");
                    assertBetweenUndoesPlus(deadline);
                    for (Instant t = deadline.second(); t.isBefore(due); t = t.plus(Duration.ofMinutes(15))) {
                        assertWorkingTimeAgreesWithBetween(calendar, t);
                    }
                });
    }

    @Test
    @DisplayName("a deadline never lands outside working time: the moment before it is always working time")
    void plusLandsInWorkingTime() {
        Property.forAll(DEADLINES).tries(TRIES).check(deadline -> {
            WorkingCalendar calendar = deadline.first();
            Duration workingTime = deadline.third();
            Property.classify(workingTime.isZero(), "zero");
            if (workingTime.isZero()) {
                assertEquals(deadline.second(), calendar.plus(deadline.second(), workingTime));
                return;
            }
            Instant due = calendar.plus(deadline.second(), workingTime);
            assertTrue(calendar.isWorkingTime(due.minus(NANO)), "the moment before " + due + " is working time");
            Property.classify(!calendar.isWorkingTime(due), "at the very end of a working period");
        });
    }

    @Test
    @DisplayName("a deadline is the earliest one: a nanosecond earlier, less working time has passed")
    void plusIsTheEarliest() {
        Property.forAll(DEADLINES.filter("positive working time", deadline -> !deadline.third().isZero()))
                .tries(TRIES)
                .check(deadline -> {
                    WorkingCalendar calendar = deadline.first();
                    Instant due = calendar.plus(deadline.second(), deadline.third());
                    Duration justBefore = calendar.between(deadline.second(), due.minus(NANO));
                    assertTrue(justBefore.compareTo(deadline.third()) < 0,
                            justBefore + " of working time before " + due + " is less than " + deadline.third());
                });
    }

    @Test
    @DisplayName("later starts and longer working times never give earlier deadlines, and more time never measures less")
    void monotonicity() {
        Gen<Tuple2<Instant, Instant>> later = Gens.tuples(KernelGens.instants(), KernelGens.durations(Duration.ofDays(10)))
                .map(pair -> new Tuple2<>(pair.first(), pair.first().plus(pair.second())));
        Property.forAll(CALENDARS, later, WORKING_TIME, WORKING_TIME)
                .tries(TRIES)
                .check((calendar, starts, some, more) -> {
                    Instant early = starts.first();
                    Instant late = starts.second();
                    Duration shorter = some.compareTo(more) <= 0 ? some : more;
                    Duration longer = some.compareTo(more) <= 0 ? more : some;
                    assertFalse(calendar.plus(late, shorter).isBefore(calendar.plus(early, shorter)), "later start");
                    assertFalse(calendar.plus(early, longer).isBefore(calendar.plus(early, shorter)), "more time");
                    assertTrue(calendar.between(early, early.plus(shorter)).compareTo(
                            calendar.between(early, early.plus(longer))) <= 0, "a longer span holds no less working time");
                });
    }

    @Test
    @DisplayName("working time adds up: from a to c is from a to b plus from b to c, and deadlines chain")
    void additivity() {
        Property.forAll(DEADLINES, WORKING_TIME).tries(TRIES).check((deadline, further) -> {
            WorkingCalendar calendar = deadline.first();
            Instant a = deadline.second();
            Instant b = a.plus(deadline.third());
            Instant c = b.plus(further);
            assertEquals(calendar.between(a, c), calendar.between(a, b).plus(calendar.between(b, c)));
            if (!deadline.third().isZero() && !further.isZero()) {
                assertEquals(calendar.plus(a, deadline.third().plus(further)),
                        calendar.plus(calendar.plus(a, deadline.third()), further));
            }
        });
    }

    @Test
    @DisplayName("working time never exceeds the time that passes")
    void workingTimeIsPartOfElapsedTime() {
        Property.forAll(DEADLINES).tries(TRIES).check(deadline -> {
            Instant from = deadline.second();
            Instant to = from.plus(deadline.third());
            Duration working = deadline.first().between(from, to);
            assertTrue(working.compareTo(deadline.third()) <= 0, working + " of working time in " + deadline.third());
        });
    }

    @Test
    @Disabled("WorkingCalendar.windowsOn resolves wall-clock times in a spring-forward gap by shifting them an hour "
            + "later, so 00:00-02:15 and 03:00-03:15 on 2020-03-29 in Berlin overlap and between counts the overlap "
            + "twice; and hours that start in the gap start an hour late, not when the clock resumes as its Javadoc "
            + "says. Enable once fixed, then use KernelGens.calendars() unfiltered above.")
    @DisplayName("working periods that start or end when the clocks spring forward neither overlap nor start late")
    void periodsInTheSpringForwardGap() {
        Gen<WorkingCalendar> berlin = KernelGens.calendars(Gens.constant(BERLIN));
        Property.forAll(berlin, KernelGens.instantsNearTransitions(BERLIN)).tries(TRIES).check((calendar, t) -> {
            LocalDate date = t.atZone(BERLIN).toLocalDate();
            List<TimeRange> windows = calendar.windowsOn(date);
            for (int i = 1; i < windows.size(); i++) {
                assertFalse(windows.get(i - 1).overlaps(windows.get(i)), "windows " + windows + " on " + date);
            }
            for (Hours hours : calendar.hoursOn(date)) {
                Instant start = ZonedDateTime.of(date, hours.start(), BERLIN).toInstant();
                if (BERLIN.getRules().getValidOffsets(LocalDateTime.of(date, hours.start())).isEmpty()) {
                    Instant resumes = BERLIN.getRules().getTransition(LocalDateTime.of(date, hours.start())).getInstant();
                    assertTrue(windows.stream().noneMatch(w -> w.start().equals(start)) || start.equals(resumes),
                            hours + " starts in the gap on " + date + ", so it starts at " + resumes + ": " + windows);
                }
            }
            Duration day = Duration.between(date.atStartOfDay(BERLIN).toInstant(),
                    date.plusDays(1).atStartOfDay(BERLIN).toInstant());
            Duration working = calendar.between(date.atStartOfDay(BERLIN).toInstant(),
                    date.plusDays(1).atStartOfDay(BERLIN).toInstant());
            assertTrue(working.compareTo(day) <= 0, working + " of working time in a day of " + day);
        });
    }

    @Test
    @DisplayName("an instant is working time exactly when the nanosecond from it counts as working time")
    void isWorkingTimeAgreesWithBetween() {
        Property.forAll(DEADLINES).tries(TRIES)
                .check(deadline -> assertWorkingTimeAgreesWithBetween(deadline.first(), deadline.second()));
    }

    private static void assertWorkingTimeAgreesWithBetween(WorkingCalendar calendar, Instant t) {
        assertEquals(calendar.isWorkingTime(t) ? NANO : Duration.ZERO, calendar.between(t, t.plus(NANO)),
                "working time in the nanosecond from " + t);
    }

    @Test
    @DisplayName("a 24/7 calendar is plain instant arithmetic, also when built with explicit all-day hours")
    void twentyFourSevenIsInstantArithmetic() {
        Gen<WorkingCalendar> roundTheClock = Gens.zones().flatMap(zone -> Gens.oneOf(
                WorkingCalendar.twentyFourSeven(zone),
                allDayWithAnException(zone)));
        Property.forAll(roundTheClock, KernelGens.instants(), WORKING_TIME).tries(TRIES).check((calendar, t, d) -> {
            Property.classify(calendar.isAlwaysOpen(), "takes the 24/7 shortcut");
            assertEquals(t.plus(d), calendar.plus(t, d));
            assertEquals(d, calendar.between(t, t.plus(d)));
        });
    }

    private void assertBetweenUndoesPlus(Tuple3<WorkingCalendar, Instant, Duration> deadline) {
        WorkingCalendar calendar = deadline.first();
        Instant from = deadline.second();
        Duration workingTime = deadline.third();
        Instant due = calendar.plus(from, workingTime);
        assertEquals(workingTime, calendar.between(from, due), "working time from " + from + " to " + due);
    }

    /**
     * Every day open around the clock, and one date given all-day hours as an exception: the same
     * working time as 24/7, but not recognised as always open, so the general algorithm runs.
     */
    private static WorkingCalendar allDayWithAnException(ZoneId zone) {
        Map<DayOfWeek, List<Hours>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.put(day, List.of(Hours.ALL_DAY));
        }
        return new WorkingCalendar(zone, weekly, Map.of(LocalDate.of(2026, 3, 29), List.of(Hours.ALL_DAY)));
    }

    /** Whether no period of the calendar starts or ends at a time of day that one of its zone's changes skips. */
    private static boolean clearOfGaps(WorkingCalendar calendar) {
        ZoneRules rules = calendar.zone().getRules();
        List<LocalTime[]> gaps = new ArrayList<>();
        for (ZoneOffsetTransition t = rules.nextTransition(KernelGens.EARLIEST);
                t != null && t.getInstant().isBefore(KernelGens.LATEST); t = rules.nextTransition(t.getInstant())) {
            if (t.isGap()) {
                gaps.add(new LocalTime[] {t.getDateTimeBefore().toLocalTime(), t.getDateTimeAfter().toLocalTime()});
            }
        }
        List<List<Hours>> days = new ArrayList<>(calendar.weekly().values());
        days.addAll(calendar.exceptions().values());
        return days.stream().flatMap(List::stream)
                .flatMap(hours -> java.util.stream.Stream.of(hours.start(), hours.end()))
                .noneMatch(time -> gaps.stream().anyMatch(gap -> !time.isBefore(gap[0]) && time.isBefore(gap[1])));
    }

    private static boolean offsetChanges(ZoneId zone, Instant from, Instant to) {
        return !zone.getRules().getOffset(from).equals(zone.getRules().getOffset(to));
    }
}
