package io.watchfloor.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

import java.time.ZoneId;
import java.time.ZonedDateTime;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /** Any calendar, including periods that start or end at a time a daylight-saving change skips. */
    private static final Gen<WorkingCalendar> CALENDARS = KernelGens.calendars();

    private static final Gen<Tuple3<WorkingCalendar, Instant, Duration>> DEADLINES = deadlines(CALENDARS);
    /** Berlin calendars, with instants mostly in the two days before its clocks change. */
    private static final Gen<Tuple3<WorkingCalendar, Instant, Duration>> BERLIN_DEADLINES = KernelGens
            .calendars(Gens.constant(BERLIN))
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
                Instant start = resumedInstant(date, hours.start());
                Instant end = hours.end().equals(java.time.LocalTime.MIDNIGHT)
                        ? date.plusDays(1).atStartOfDay(BERLIN).toInstant() : resumedInstant(date, hours.end());
                if (end.isAfter(start)) {
                    assertTrue(windows.contains(new TimeRange(start, end)),
                            hours + " on " + date + " should run " + start + " to " + end + ": " + windows);
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

    @Test
    @DisplayName("skipping whole weeks gives exactly what walking day by day gives, over months of working time "
            + "across holidays, make-up days and clock changes")
    void weekSkippingEqualsTheDayByDayWalk() {
        Gen<Duration> months = KernelGens.durations(Duration.ofHours(2500));
        Gen<Tuple3<WorkingCalendar, Instant, Duration>> long_ = CALENDARS.flatMap(calendar -> Gens.tuples(
                Gens.constant(calendar), KernelGens.instantsFor(calendar), months));
        Property.forAll(long_).tries(TRIES / 4).check(deadline -> {
            WorkingCalendar calendar = deadline.first();
            Instant from = deadline.second();
            Instant walked = walkedPlus(calendar, from, deadline.third());
            boolean beyondHorizon = walked.isAfter(from.plus(WorkingCalendar.HORIZON));
            Property.classify(beyondHorizon, "beyond the horizon, refused");
            Property.classify(Duration.between(from, walked).toDays() > 28, "spans more than four weeks");
            if (beyondHorizon) {
                assertThrows(InvalidCommand.class, () -> calendar.plus(from, deadline.third()));
            } else {
                assertEquals(walked, calendar.plus(from, deadline.third()), "deadline from " + from);
            }
            Instant to = from.plus(deadline.third());
            assertEquals(walkedBetween(calendar, from, to), calendar.between(from, to), "working time to " + to);
        });
    }

    /** The plain day-by-day walk that {@link WorkingCalendar#plus} once was: the reference. */
    private static Instant walkedPlus(WorkingCalendar calendar, Instant from, Duration workingTime) {
        if (workingTime.isZero()) {
            return from;
        }
        Duration remaining = workingTime;
        for (LocalDate date = from.atZone(calendar.zone()).toLocalDate(); ; date = date.plusDays(1)) {
            for (TimeRange window : calendar.windowsOn(date)) {
                if (!window.end().isAfter(from)) {
                    continue;
                }
                Instant start = window.start().isAfter(from) ? window.start() : from;
                Duration available = Duration.between(start, window.end());
                if (available.compareTo(remaining) >= 0) {
                    return start.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
    }

    /** The plain day-by-day sum that {@link WorkingCalendar#between} once was: the reference. */
    private static Duration walkedBetween(WorkingCalendar calendar, Instant from, Instant to) {
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(calendar.zone()).toLocalDate();
        for (LocalDate date = from.atZone(calendar.zone()).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            for (TimeRange window : calendar.windowsOn(date)) {
                Instant start = window.start().isAfter(from) ? window.start() : from;
                Instant end = window.end().isBefore(to) ? window.end() : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
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

    /** A wall-clock time as an instant; one the clocks skip counts from the instant they resume. */
    private static Instant resumedInstant(LocalDate date, java.time.LocalTime time) {
        LocalDateTime wallClock = LocalDateTime.of(date, time);
        if (BERLIN.getRules().getValidOffsets(wallClock).isEmpty()) {
            return BERLIN.getRules().getTransition(wallClock).getInstant();
        }
        return ZonedDateTime.of(wallClock, BERLIN).toInstant();
    }

    private static boolean offsetChanges(ZoneId zone, Instant from, Instant to) {
        return !zone.getRules().getOffset(from).equals(zone.getRules().getOffset(to));
    }
}
