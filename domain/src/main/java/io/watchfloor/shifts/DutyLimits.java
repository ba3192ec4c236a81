package io.watchfloor.shifts;

import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * SHIFT-02 for one person's duties: never two at once, at least the minimum rest between two duties,
 * and no continuous duty (duties that meet without a break) longer than the maximum, except by the
 * time a supervisor approved as an extension. A temporary absence inside a duty (the duty resumes
 * after it, SHIFT-05) is part of the duty, not rest.
 */
public final class DutyLimits {

    private DutyLimits() {
    }

    /** Throws SHIFT-02 with the first problem of {@code who}'s {@code duties}. */
    public static void check(String who, List<Assignment> duties, RotaPolicy policy) {
        firstProblem(who, duties, policy).ifPresent(sentence -> {
            throw new RuleViolation("SHIFT-02", sentence);
        });
    }

    /** Whether {@code duties} keep every limit: {@link #firstProblem} without writing the sentence, for searches. */
    public static boolean keeps(List<Assignment> duties, RotaPolicy policy) {
        return check("", duties, policy, false).isEmpty();
    }

    /** The first problem of {@code who}'s {@code duties} as a sentence, or empty when they keep every limit. */
    public static Optional<String> firstProblem(String who, List<Assignment> duties, RotaPolicy policy) {
        return check(who, duties, policy, true);
    }

    private static Optional<String> check(String who, List<Assignment> duties, RotaPolicy policy, boolean describe) {
        ZoneId zone = policy.zone();
        List<Assignment> sorted = new ArrayList<>(duties);
        sorted.sort(Comparator.comparing((Assignment a) -> a.duty().start()).thenComparing(a -> a.duty().end()));
        Assignment latest = null;
        Instant blockStart = null;
        Instant blockEnd = null;
        Duration extended = Duration.ZERO;
        for (Assignment a : sorted) {
            TimeRange d = a.duty();
            if (blockEnd != null && d.start().isBefore(blockEnd)) {
                return !describe ? Optional.of("") : Optional.of(who + " would be in two places at once: " + a.post().title() + " from " + Times.range(d, zone)
                        + " overlaps " + latest.post().title() + " from " + Times.range(latest.duty(), zone));
            }
            if (blockEnd != null && (d.start().equals(blockEnd) || a.resumesDuty() && latest.person().equals(a.person()) && latest.post() == a.post())) {
                blockEnd = d.end();
            } else {
                if (blockEnd != null) {
                    Optional<String> tooLong = tooLong(who, blockStart, blockEnd, extended, policy, describe);
                    if (tooLong.isPresent()) {
                        return tooLong;
                    }
                    Duration rest = Duration.between(blockEnd, d.start());
                    if (rest.compareTo(policy.minimumRest()) < 0) {
                        return !describe ? Optional.of("") : Optional.of(who + " would rest only " + Times.length(rest) + " between the duty ending "
                                + Times.at(blockEnd, zone) + " and the one starting " + Times.at(d.start(), zone)
                                + " (minimum rest " + Times.length(policy.minimumRest()) + ")");
                    }
                }
                blockStart = d.start();
                blockEnd = d.end();
                extended = Duration.ZERO;
            }
            if (a.isExtension()) {
                extended = extended.plus(d.length());
            }
            latest = a;
        }
        return blockEnd == null ? Optional.empty() : tooLong(who, blockStart, blockEnd, extended, policy, describe);
    }

    private static Optional<String> tooLong(String who, Instant start, Instant end, Duration extended, RotaPolicy policy, boolean describe) {
        Duration length = Duration.between(start, end);
        if (length.minus(extended).compareTo(policy.maximumContinuousDuty()) > 0) {
            return !describe ? Optional.of("") : Optional.of(who + " would be on duty " + Times.length(length) + " without a break, from "
                    + Times.range(new TimeRange(start, end), policy.zone()) + " (maximum " + Times.length(policy.maximumContinuousDuty())
                    + "; working beyond the shift needs a supervisor's approved extension)");
        }
        return Optional.empty();
    }
}
