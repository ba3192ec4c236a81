package io.watchfloor.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The sane ranges every command's values are held to where the rule catalogue gives no number of its
 * own, in one place. Command records declare them with {@link Sane} (checked by the deployment's
 * validator); use cases that take a bare value instead of a record check it with {@link #instant},
 * {@link #range} or {@link #present}. A value out of range is refused as an {@link InvalidCommand}
 * naming the field, before anything changes.
 *
 * <ul>
 *   <li>Instants lie in {@code [2000-01-01T00:00Z, 2100-01-01T00:00Z)}: no centre runs on footage,
 *       shifts or cases outside this century, and every date sum inside it stays far from overflow.</li>
 *   <li>Durations lie in {@code [0, 3660 days]} (ten years): the longest span any rule counts
 *       (retention, certifications, grants) is years, not centuries.</li>
 *   <li>Texts: {@link #NAME} characters for names and short labels, {@link #TEXT} for free text.</li>
 *   <li>Lists and sets: at most {@link #ITEMS} items.</li>
 * </ul>
 */
public final class Bounds {

    /** The earliest instant a command may carry. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** The first instant a command may no longer carry. */
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    /** The longest duration a command may carry: ten years. */
    public static final Duration LONGEST = Duration.ofDays(3660);
    /** The longest name or short label, in characters. */
    public static final int NAME = 200;
    /** The longest free text, in characters. */
    public static final int TEXT = 4000;
    /** The most items a list or set in a command may hold. */
    public static final int ITEMS = 1000;

    private Bounds() {
    }

    /** Whether {@code instant} lies in the sane range; {@code null} is left to {@code @NotNull}. */
    public static boolean isSane(Instant instant) {
        return instant == null || (!instant.isBefore(EARLIEST) && instant.isBefore(LATEST));
    }

    /** Whether {@code date} lies in the years 2000 to 2099; {@code null} is left to {@code @NotNull}. */
    public static boolean isSane(LocalDate date) {
        return date == null || (date.getYear() >= 2000 && date.getYear() <= 2099);
    }

    /** Whether {@code duration} lies in {@code [0, LONGEST]}; {@code null} is left to {@code @NotNull}. */
    public static boolean isSane(Duration duration) {
        return duration == null || (!duration.isNegative() && duration.compareTo(LONGEST) <= 0);
    }

    /** Whether both ends of {@code range} lie in the sane range (its end may be {@link #LATEST}). */
    public static boolean isSane(TimeRange range) {
        return range == null || (isSane(range.start()) && !range.end().isAfter(LATEST));
    }

    /** Returns {@code value} when present; refuses the use case's {@code field} as missing otherwise. */
    public static <T> T present(String useCase, String field, T value) {
        if (value == null) {
            throw refusal(useCase, field, "must not be null");
        }
        return value;
    }

    /** Returns {@code instant} when present and sane; refuses the use case's {@code field} otherwise. */
    public static Instant instant(String useCase, String field, Instant instant) {
        if (!isSane(present(useCase, field, instant))) {
            throw refusal(useCase, field, "must lie between " + EARLIEST + " and " + LATEST);
        }
        return instant;
    }

    /** Returns {@code range} when present and sane; refuses the use case's {@code field} otherwise. */
    public static TimeRange range(String useCase, String field, TimeRange range) {
        if (!isSane(present(useCase, field, range))) {
            throw refusal(useCase, field, "must lie between " + EARLIEST + " and " + LATEST);
        }
        return range;
    }

    /** Returns {@code month} when present and within the sane range; refuses the use case's {@code field} otherwise. */
    public static YearMonth month(String useCase, String field, YearMonth month) {
        if (present(useCase, field, month).getYear() < 2000 || month.getYear() > 2099) {
            throw refusal(useCase, field, "must lie between 2000-01 and 2099-12");
        }
        return month;
    }

    /** An {@link InvalidCommand} of {@code useCase} naming one bad field. */
    public static InvalidCommand refusal(String useCase, String field, String message) {
        return new InvalidCommand(useCase, List.of(new InvalidCommand.FieldError(field, message)));
    }
}
