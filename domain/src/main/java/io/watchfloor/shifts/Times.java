package io.watchfloor.shifts;

import io.watchfloor.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the shifts context writes instants and durations in sentences: on the wall clock of the centre, with its offset. */
public final class Times {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm xxx");

    private Times() {
    }

    /** Such as {@code "Tue 2026-11-24 08:00 +08:00"}. */
    public static String at(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }

    /** Such as {@code "Tue 2026-11-24 08:00 +08:00 to Tue 2026-11-24 16:00 +08:00"}. */
    public static String range(TimeRange range, ZoneId zone) {
        return at(range.start(), zone) + " to " + at(range.end(), zone);
    }

    /** Such as {@code "7 h 30 min"}. */
    public static String length(Duration duration) {
        long minutes = duration.toMinutes();
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
