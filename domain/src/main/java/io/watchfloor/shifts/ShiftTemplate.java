package io.watchfloor.shifts;

import io.watchfloor.shared.TimeRange;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A shift as the wall clock says it, such as "night 00:00–08:00". An end of {@link LocalTime#MIDNIGHT}
 * means 24:00; an end before the start means the shift runs into the next day (22:00–06:00). On a
 * given day in a real time zone it becomes a {@link TimeRange} as long as the wall clock says: 7 h on
 * the night clocks spring forward, 9 h on the night they fall back. Consecutive templates meet at the
 * same instant, so coverage has neither a hole nor a double count at a change.
 */
public record ShiftTemplate(String name, LocalTime start, LocalTime end) {

    private static final LocalTime NIGHT_MARK = LocalTime.of(3, 0);

    public ShiftTemplate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a shift template needs a name");
        }
        if (start.equals(end) && !start.equals(LocalTime.MIDNIGHT)) {
            throw new IllegalArgumentException("shift " + name + " must end after it starts: " + start + "-" + end);
        }
    }

    /** The shift from {@code start} to {@code end} as written on the wall ("16:00", "24:00"). */
    public static ShiftTemplate of(String name, String start, String end) {
        return new ShiftTemplate(name, LocalTime.parse(start), end.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(end));
    }

    /** Whether the shift runs into the next calendar day (24:00 counts as the next day's 00:00). */
    public boolean crossesMidnight() {
        return !end.isAfter(start);
    }

    /** The shift that starts on {@code day} in {@code zone}, as instants. */
    public TimeRange on(LocalDate day, ZoneId zone) {
        ZonedDateTime from = ZonedDateTime.of(day, start, zone);
        ZonedDateTime to = ZonedDateTime.of(crossesMidnight() ? day.plusDays(1) : day, end, zone);
        return new TimeRange(from.toInstant(), to.toInstant());
    }

    /** Whether this is a night shift: it covers 03:00 on the wall clock. */
    public boolean isNight() {
        if (crossesMidnight()) {
            return !NIGHT_MARK.isBefore(start) || NIGHT_MARK.isBefore(end);
        }
        return !NIGHT_MARK.isBefore(start) && NIGHT_MARK.isBefore(end);
    }

    @Override
    public String toString() {
        return name + " " + start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
    }
}
