package io.watchfloor.shifts;

import io.watchfloor.people.Role;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers of the duty rules, with the catalogue's defaults ({@link #defaults}); every one can be
 * changed per deployment and is checked here.
 *
 * @param zone the centre's time zone: shifts follow its wall clock, months and years are counted in it
 * @param templates the shift pattern of every day (SHIFT-02: three 8-hour shifts)
 * @param minimumStaffing posts and how many people each needs at every minute (SHIFT-01: one operator and one shift leader)
 * @param minimumRest the least rest between two duties (SHIFT-02: 8 h)
 * @param maximumContinuousDuty the longest duty without rest unless a supervisor approved an extension (SHIFT-02: 16 h)
 * @param arriveBefore how long before the start the incoming person must arrive (SHIFT-03: 10 min)
 * @param tourInterval the longest time between two watch tours (SHIFT-06: 30 min)
 * @param soberBefore no alcohol within this time before duty (SHIFT-10: 8 h)
 * @param leaveNotice how far in advance leave is requested (SHIFT-05; the catalogue names no number: 24 h)
 * @param reminderBefore when a reminder before one's shift goes out (2 h)
 * @param reliefGrace how long after the end of a duty the outgoing waits for the incoming signature before
 *                    being recorded as extended and the shift leader alerted (SHIFT-04: none)
 * @param checkInOpens how long before its start a duty can be checked in for (2 h)
 */
public record RotaPolicy(
        @NotNull ZoneId zone,
        @NotEmpty List<@NotNull ShiftTemplate> templates,
        @NotEmpty Map<@NotNull Role, @NotNull Integer> minimumStaffing,
        @NotNull Duration minimumRest,
        @NotNull Duration maximumContinuousDuty,
        @NotNull Duration arriveBefore,
        @NotNull Duration tourInterval,
        @NotNull Duration soberBefore,
        @NotNull Duration leaveNotice,
        @NotNull Duration reminderBefore,
        @NotNull Duration reliefGrace,
        @NotNull Duration checkInOpens) {

    /** The default pattern: night 00:00–08:00, day 08:00–16:00, evening 16:00–24:00. */
    public static final List<ShiftTemplate> THREE_EIGHT_HOUR_SHIFTS = List.of(
            ShiftTemplate.of("night", "00:00", "08:00"),
            ShiftTemplate.of("day", "08:00", "16:00"),
            ShiftTemplate.of("evening", "16:00", "24:00"));

    public RotaPolicy {
        Objects.requireNonNull(zone, "zone");
        templates = List.copyOf(Objects.requireNonNull(templates, "templates"));
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("a rota policy needs at least one shift template");
        }
        if (templates.stream().map(ShiftTemplate::name).distinct().count() != templates.size()) {
            throw new IllegalArgumentException("shift template names must differ: " + templates);
        }
        Objects.requireNonNull(minimumStaffing, "minimumStaffing");
        if (minimumStaffing.isEmpty()) {
            throw new IllegalArgumentException("a rota policy needs at least one post with its minimum staffing");
        }
        Map<Role, Integer> staffing = new LinkedHashMap<>();
        minimumStaffing.forEach((post, n) -> {
            Objects.requireNonNull(post, "post");
            if (n == null || n < 1) {
                throw new IllegalArgumentException("the minimum staffing of " + post.title() + " must be at least 1, was " + n);
            }
            staffing.put(post, n);
        });
        minimumStaffing = java.util.Collections.unmodifiableMap(staffing);
        positive("minimumRest", minimumRest);
        positive("maximumContinuousDuty", maximumContinuousDuty);
        notNegative("arriveBefore", arriveBefore);
        positive("tourInterval", tourInterval);
        notNegative("soberBefore", soberBefore);
        notNegative("leaveNotice", leaveNotice);
        notNegative("reminderBefore", reminderBefore);
        notNegative("reliefGrace", reliefGrace);
        notNegative("checkInOpens", checkInOpens);
        if (checkInOpens.compareTo(arriveBefore) < 0) {
            throw new IllegalArgumentException("check-in must open at least arriveBefore (" + arriveBefore + ") before a duty, not " + checkInOpens);
        }
    }

    private static void positive(String field, Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, was " + value);
        }
    }

    private static void notNegative(String field, Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative()) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value);
        }
    }

    /** The catalogue's defaults in {@code zone}: 3 × 8 h, one operator and one shift leader, 8 h rest, 16 h duty, 10 min, 30 min, 8 h. */
    public static RotaPolicy defaults(ZoneId zone) {
        Map<Role, Integer> staffing = new EnumMap<>(Role.class);
        staffing.put(Role.SHIFT_LEADER, 1);
        staffing.put(Role.OPERATOR, 1);
        return new RotaPolicy(zone, THREE_EIGHT_HOUR_SHIFTS, staffing, Duration.ofHours(8), Duration.ofHours(16),
                Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(8), Duration.ofHours(24),
                Duration.ofHours(2), Duration.ZERO, Duration.ofHours(2));
    }

    /** The same policy with other posts and minimum staffing. */
    public RotaPolicy withMinimumStaffing(Map<Role, Integer> staffing) {
        return new RotaPolicy(zone, templates, staffing, minimumRest, maximumContinuousDuty, arriveBefore, tourInterval,
                soberBefore, leaveNotice, reminderBefore, reliefGrace, checkInOpens);
    }

    /** The same policy with another shift pattern. */
    public RotaPolicy withTemplates(List<ShiftTemplate> other) {
        return new RotaPolicy(zone, other, minimumStaffing, minimumRest, maximumContinuousDuty, arriveBefore, tourInterval,
                soberBefore, leaveNotice, reminderBefore, reliefGrace, checkInOpens);
    }

    /** The same policy with other rest and duty limits. */
    public RotaPolicy withLimits(Duration rest, Duration continuousDuty) {
        return new RotaPolicy(zone, templates, minimumStaffing, rest, continuousDuty, arriveBefore, tourInterval,
                soberBefore, leaveNotice, reminderBefore, reliefGrace, checkInOpens);
    }

    /** Whether {@code post} is one of the rota's posts. */
    public boolean hasPost(Role post) {
        return minimumStaffing.containsKey(post);
    }
}
