package io.watchfloor.shared;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * When a department or the centre works, in a real time zone: working hours per weekday, plus dated
 * exceptions (a holiday is a day without hours; a make-up working day, 调休, is a weekend day with
 * hours). Deadlines that count working time (工作时) go through {@link #plus} and {@link #between};
 * the default, {@link #twentyFourSeven}, counts continuous time (紧急工作时).
 *
 * <p>Working time is real elapsed time: on the day clocks spring forward, 08:00–17:00 is still nine
 * hours, and a 24-hour day has 23 hours. Hours that start in a DST gap start when the clock resumes.
 *
 * @param zone the time zone whose wall clock the hours are read in
 * @param weekly the hours of each weekday; a weekday that is missing has no working time
 * @param exceptions dated overrides of the weekly hours; an empty list is a holiday
 */
public record WorkingCalendar(ZoneId zone, Map<DayOfWeek, List<Hours>> weekly, Map<LocalDate, List<Hours>> exceptions) {

    /**
     * Working hours within one day, {@code [start, end)} on the wall clock; an end of
     * {@link LocalTime#MIDNIGHT} means the end of the day (24:00).
     */
    public record Hours(LocalTime start, LocalTime end) implements Comparable<Hours> {

        /** The whole day. */
        public static final Hours ALL_DAY = new Hours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

        /**
         * Refuses an end before the start (midnight as the end means the end of the day).
         *
         * @param start the first minute
         * @param end the end; midnight is the end of the day
         */
        public Hours {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!endsAtMidnight(end) && !end.isAfter(start)) {
                throw new IllegalArgumentException("working hours must end after they start: " + start + "-" + end);
            }
        }

        static boolean endsAtMidnight(LocalTime end) {
            return end.equals(LocalTime.MIDNIGHT);
        }

        /**
         * From {@code start} to {@code end} on the wall clock, such as {@code Hours.of("08:30", "17:30")}.
         *
         * @param start the first minute, {@code HH:mm}
         * @param end the end, {@code HH:mm}; {@code 00:00} is midnight at the end of the day
         * @return the hours
         */
        public static Hours of(String start, String end) {
            return new Hours(LocalTime.parse(start), end.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(end));
        }

        boolean overlaps(Hours later) {
            return endsAtMidnight(end) || later.start.isBefore(end);
        }

        @Override
        public int compareTo(Hours other) {
            return start.compareTo(other.start);
        }

        @Override
        public String toString() {
            return start + "-" + (endsAtMidnight(end) ? "24:00" : end.toString());
        }
    }

    /**
     * Copies the hours and exceptions and refuses overlapping hours on a day.
     *
     * @param zone the time zone whose wall clock the hours are read in
     * @param weekly the hours of each weekday
     * @param exceptions dated overrides of the weekly hours
     */
    public WorkingCalendar {
        Objects.requireNonNull(zone, "zone");
        EnumMap<DayOfWeek, List<Hours>> days = new EnumMap<>(DayOfWeek.class);
        Objects.requireNonNull(weekly, "weekly").forEach((day, hours) -> days.put(day, checked(day.toString(), hours)));
        TreeMap<LocalDate, List<Hours>> dated = new TreeMap<>();
        Objects.requireNonNull(exceptions, "exceptions").forEach((date, hours) -> dated.put(date, checked(date.toString(), hours)));
        if (days.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a working calendar needs working hours on at least one weekday");
        }
        weekly = Collections.unmodifiableMap(days);
        exceptions = Collections.unmodifiableNavigableMap(dated);
    }

    private static List<Hours> checked(String day, List<Hours> hours) {
        List<Hours> sorted = new ArrayList<>(hours);
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("working hours overlap on " + day + ": " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }

    /** The furthest a deadline may lie after its start: ten years; {@link #plus} refuses later ones. */
    public static final Duration HORIZON = Bounds.LONGEST;

    private static final Instant FIRST_SUPPORTED = Instant.parse("0001-01-02T00:00:00Z");
    private static final Instant LAST_SUPPORTED = Instant.parse("9999-12-31T00:00:00Z");

    /** Every minute of every day in {@code zone}: deadlines count continuous time. The default. */
    public static WorkingCalendar twentyFourSeven(ZoneId zone) {
        return new WorkingCalendar(zone, ALL_WEEK, Map.of());
    }

    private static final Map<DayOfWeek, List<Hours>> ALL_WEEK = allWeek();

    private static Map<DayOfWeek, List<Hours>> allWeek() {
        Map<DayOfWeek, List<Hours>> all = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            all.put(day, List.of(Hours.ALL_DAY));
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * {@return a calendar in {@code zone} to be given its hours}
     *
     * @param zone where the hours are kept
     */
    public static Builder in(ZoneId zone) {
        return new Builder(zone);
    }

    /** {@return whether every minute is working time, so working time equals elapsed time} */
    public boolean isAlwaysOpen() {
        return exceptions.isEmpty() && weekly.equals(ALL_WEEK);
    }

    /**
     * {@return the working hours of a date, after its exception if it has one}
     *
     * @param date a date in the calendar's zone
     */
    public List<Hours> hoursOn(LocalDate date) {
        List<Hours> dated = exceptions.get(date);
        return dated != null ? dated : weekly.getOrDefault(date.getDayOfWeek(), List.of());
    }

    /**
     * {@return whether {@code instant} falls in working time}
     *
     * @param instant any instant
     */
    public boolean isWorkingTime(Instant instant) {
        LocalDate date = instant.atZone(zone).toLocalDate();
        for (TimeRange window : windowsOn(date)) {
            if (window.contains(instant)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The earliest instant by which {@code workingTime} of working time has passed since {@code from}:
     * a deadline that counts working time. The result lies in working time or at the very end of a
     * working period (17:30 for hours that end at 17:30). Adding zero gives {@code from} back.
     *
     * <p>Costs time in proportion to the weeks crossed, not the days: whole weeks without a dated
     * exception or a clock change are skipped at once. A deadline more than {@link #HORIZON} after
     * {@code from} (a huge working time, or a calendar whose exceptions leave no working time) is
     * refused as an {@link InvalidCommand} naming {@code workingTime}, never looped for; so is a
     * negative working time or an instant outside years 1 to 9999.
     */
    public Instant plus(Instant from, Duration workingTime) {
        supported("from", from);
        if (workingTime == null || workingTime.isNegative()) {
            throw Bounds.refusal("WorkingCalendar.plus", "workingTime", "must be zero or positive, was " + workingTime);
        }
        if (workingTime.isZero()) {
            return from;
        }
        Instant horizon = from.plus(HORIZON);
        if (isAlwaysOpen()) {
            return withinHorizon(workingTime.compareTo(HORIZON) <= 0 ? from.plus(workingTime) : null, horizon);
        }
        Duration remaining = workingTime;
        Duration week = workingTimeOfWeek();
        LocalDate date = from.atZone(zone).toLocalDate();
        while (true) {
            Instant dayStart = date.atStartOfDay(zone).toInstant();
            if (dayStart.isAfter(horizon)) {
                return withinHorizon(null, horizon);
            }
            long worthSkipping = remaining.minusNanos(1).dividedBy(week);
            if (worthSkipping > 0 && !dayStart.isBefore(from)) {
                long skip = Math.min(worthSkipping, regularWeeksFrom(date));
                if (skip > 0) {
                    remaining = remaining.minus(week.multipliedBy(skip));
                    date = date.plusWeeks(skip);
                    continue;
                }
            }
            for (TimeRange window : windowsOn(date)) {
                if (!window.end().isAfter(from)) {
                    continue;
                }
                Instant start = window.start().isAfter(from) ? window.start() : from;
                Duration available = Duration.between(start, window.end());
                if (available.compareTo(remaining) >= 0) {
                    return withinHorizon(start.plus(remaining), horizon);
                }
                remaining = remaining.minus(available);
            }
            date = date.plusDays(1);
        }
    }

    /**
     * The working time in {@code [from, to)}; {@code to} must not be before {@code from}. Costs time in
     * proportion to the weeks in between, as {@link #plus} does; an instant outside years 1 to 9999
     * or {@code to} before {@code from} is refused as an {@link InvalidCommand}.
     */
    public Duration between(Instant from, Instant to) {
        supported("from", from);
        supported("to", to);
        if (to.isBefore(from)) {
            throw Bounds.refusal("WorkingCalendar.between", "to", "must not be before the start " + from + ", was " + to);
        }
        if (isAlwaysOpen()) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        LocalDate date = from.atZone(zone).toLocalDate();
        while (!date.isAfter(last)) {
            long wholeWeeksLeft = ChronoUnit.DAYS.between(date, last) / 7;
            if (wholeWeeksLeft > 0 && !date.atStartOfDay(zone).toInstant().isBefore(from)) {
                long skip = Math.min(regularWeeksFrom(date), wholeWeeksLeft);
                if (skip > 0) {
                    total = total.plus(workingTimeOfWeek().multipliedBy(skip));
                    date = date.plusWeeks(skip);
                    continue;
                }
            }
            for (TimeRange window : windowsOn(date)) {
                Instant start = window.start().isAfter(from) ? window.start() : from;
                Instant end = window.end().isBefore(to) ? window.end() : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
            date = date.plusDays(1);
        }
        return total;
    }

    /**
     * How many whole weeks from the start of {@code date} repeat the weekly hours exactly: no dated
     * exception and no clock change on any of their days, nor on the day after. Each such week holds
     * the same working time. At most a little more than the horizon.
     */
    private long regularWeeksFrom(LocalDate date) {
        LocalDate irregular = date.plusDays(HORIZON.toDays() + 7);
        LocalDate exception = ((NavigableMap<LocalDate, List<Hours>>) exceptions).ceilingKey(date);
        if (exception != null && exception.isBefore(irregular)) {
            irregular = exception;
        }
        ZoneOffsetTransition change = zone.getRules().nextTransition(date.atStartOfDay(zone).toInstant().minusNanos(1));
        if (change != null) {
            LocalDate changeDay = change.getDateTimeBefore().toLocalDate().minusDays(1);
            if (changeDay.isBefore(irregular)) {
                irregular = changeDay;
            }
        }
        return irregular.isAfter(date) ? ChronoUnit.DAYS.between(date, irregular) / 7 : 0;
    }

    /**
     * The working time of a regular week: the wall-clock length of the weekly hours, which is what
     * they last in instants in a week without a clock change.
     */
    private Duration workingTimeOfWeek() {
        Duration week = Duration.ZERO;
        for (List<Hours> hours : weekly.values()) {
            for (Hours h : hours) {
                week = week.plus(Duration.between(h.start(), h.end()));
                if (Hours.endsAtMidnight(h.end())) {
                    week = week.plusDays(1);
                }
            }
        }
        return week;
    }

    private static Instant withinHorizon(Instant deadline, Instant horizon) {
        if (deadline == null || deadline.isAfter(horizon)) {
            throw Bounds.refusal("WorkingCalendar.plus", "workingTime",
                    "no deadline within " + HORIZON.toDays() + " days: too much working time, or too little working time in the calendar");
        }
        return deadline;
    }

    private static void supported(String field, Instant instant) {
        if (instant == null || instant.isBefore(FIRST_SUPPORTED) || !instant.isBefore(LAST_SUPPORTED)) {
            throw Bounds.refusal("WorkingCalendar", field, "must lie in years 1 to 9999, was " + instant);
        }
    }

    /** The working periods of a date as instants, in order. */
    public List<TimeRange> windowsOn(LocalDate date) {
        List<Hours> hours = hoursOn(date);
        List<TimeRange> windows = new ArrayList<>(hours.size());
        for (Hours h : hours) {
            Instant start = instantOf(date, h.start());
            Instant end = h.end().equals(LocalTime.MIDNIGHT)
                    ? date.plusDays(1).atStartOfDay(zone).toInstant()
                    : instantOf(date, h.end());
            if (end.isAfter(start)) {
                windows.add(new TimeRange(start, end));
            }
        }
        return windows;
    }

    /**
     * The instant a wall-clock time stands for: a time the clocks skip (spring forward) is the
     * instant they resume; a time they repeat (fall back) is its first occurrence. Both keep the
     * order of the day's times, so periods that do not overlap on the wall clock never overlap in
     * instants either.
     */
    private Instant instantOf(LocalDate date, LocalTime time) {
        LocalDateTime wallClock = date.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(wallClock);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.of(wallClock, zone).toInstant();
    }

    /** Builds a {@link WorkingCalendar} one rule at a time. */
    public static final class Builder {
        private final ZoneId zone;
        private final Map<DayOfWeek, List<Hours>> weekly = new EnumMap<>(DayOfWeek.class);
        private final Map<LocalDate, List<Hours>> exceptions = new TreeMap<>();

        private Builder(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        /**
         * Adds working hours to each of {@code days}.
         *
         * @param hours the hours
         * @param days the days of the week
         * @return this builder
         */
        public Builder hours(Hours hours, DayOfWeek... days) {
            for (DayOfWeek day : days) {
                weekly.computeIfAbsent(day, d -> new ArrayList<>()).add(hours);
            }
            return this;
        }

        /**
         * Adds working hours Monday to Friday.
         *
         * @param hours the hours
         * @return this builder
         */
        public Builder weekdays(Hours hours) {
            return hours(hours, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        }

        /**
         * Makes {@code date} a day without working time.
         *
         * @param date the holiday
         * @return this builder
         */
        public Builder holiday(LocalDate date) {
            exceptions.put(date, new ArrayList<>());
            return this;
        }

        /**
         * Gives {@code date} these hours instead of its weekday's, such as a make-up working day (调休).
         *
         * @param date the date
         * @param hours its hours
         * @return this builder
         */
        public Builder workday(LocalDate date, Hours... hours) {
            exceptions.put(date, new ArrayList<>(List.of(hours)));
            return this;
        }

        /** {@return the calendar with the hours and exceptions given so far} */
        public WorkingCalendar build() {
            return new WorkingCalendar(zone, weekly, exceptions);
        }
    }
}
