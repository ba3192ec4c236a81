package io.watchfloor.shared;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

        private static boolean endsAtMidnight(LocalTime end) {
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
        exceptions = Collections.unmodifiableMap(dated);
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

    /**
     * {@return every minute of every day in {@code zone}: deadlines count continuous time} The default.
     *
     * @param zone where the centre is
     */
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
     * @param from when the count starts
     * @param workingTime how much working time to count, not negative
     * @return the instant at which that much working time has passed
     */
    public Instant plus(Instant from, Duration workingTime) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(workingTime, "workingTime");
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("working time to add must not be negative, was " + workingTime);
        }
        if (workingTime.isZero()) {
            return from;
        }
        if (isAlwaysOpen()) {
            return from.plus(workingTime);
        }
        Duration remaining = workingTime;
        LocalDate date = from.atZone(zone).toLocalDate();
        while (true) {
            for (TimeRange window : windowsOn(date)) {
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
            date = date.plusDays(1);
        }
    }

    /**
     * {@return the working time in {@code [from, to)}; {@code to} must not be before {@code from}}
     *
     * @param from the start
     * @param to the end
     */
    public Duration between(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the end " + to + " must not be before the start " + from);
        }
        if (isAlwaysOpen()) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            for (TimeRange window : windowsOn(date)) {
                Instant start = window.start().isAfter(from) ? window.start() : from;
                Instant end = window.end().isBefore(to) ? window.end() : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /**
     * {@return the working periods of a date as instants, in order}
     *
     * @param date a date in the calendar's zone
     */
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
