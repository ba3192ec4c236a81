package io.watchfloor.testkit.shifts;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.Assignment;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The laws a rota must keep, checked independently of the domain's own checks, so properties can hold
 * the domain to them: every minute of the horizon staffed (SHIFT-01), nobody in two places, rest and
 * continuous duty within the limits except by approved extensions (SHIFT-02), nobody rostered on leave
 * (SHIFT-05); a temporary absence inside a duty (the duty resumes after it) is part of the duty.
 * Each method lists the breaches it finds as sentences; an empty list means the law holds.
 */
public final class RotaLaws {

    private RotaLaws() {
    }

    /**
     * {@return every stretch of the horizon in which a post has fewer people than its minimum}
     *
     * @param rota the rota
     */
    public static List<String> uncovered(Rota rota) {
        List<String> breaches = new ArrayList<>();
        TimeRange horizon = rota.horizon();
        TreeSet<Instant> marks = new TreeSet<>();
        marks.add(horizon.start());
        marks.add(horizon.end());
        for (Assignment a : rota.assignments()) {
            if (horizon.contains(a.duty().start())) {
                marks.add(a.duty().start());
            }
            if (horizon.contains(a.duty().end())) {
                marks.add(a.duty().end());
            }
        }
        List<Instant> points = new ArrayList<>(marks);
        for (Map.Entry<Role, Integer> post : rota.policy().minimumStaffing().entrySet()) {
            for (int i = 0; i + 1 < points.size(); i++) {
                Instant from = points.get(i);
                long staffed = rota.assignments().stream().filter(a -> a.post() == post.getKey() && a.duty().contains(from)).count();
                if (staffed < post.getValue()) {
                    breaches.add(post.getKey().title() + " has " + staffed + " of " + post.getValue() + " from " + from + " to " + points.get(i + 1));
                }
            }
        }
        return breaches;
    }

    /**
     * {@return how much time, summed over the posts, the horizon has with a post below its minimum}
     *
     * @param rota the rota
     */
    public static Duration uncoveredTime(Rota rota) {
        TimeRange horizon = rota.horizon();
        TreeSet<Instant> marks = new TreeSet<>(List.of(horizon.start(), horizon.end()));
        for (Assignment a : rota.assignments()) {
            for (Instant t : List.of(a.duty().start(), a.duty().end())) {
                if (horizon.contains(t)) {
                    marks.add(t);
                }
            }
        }
        List<Instant> points = new ArrayList<>(marks);
        Duration total = Duration.ZERO;
        for (Map.Entry<Role, Integer> post : rota.policy().minimumStaffing().entrySet()) {
            for (int i = 0; i + 1 < points.size(); i++) {
                Instant from = points.get(i);
                long staffed = rota.assignments().stream().filter(a -> a.post() == post.getKey() && a.duty().contains(from)).count();
                if (staffed < post.getValue()) {
                    total = total.plus(Duration.between(from, points.get(i + 1)));
                }
            }
        }
        return total;
    }

    /**
     * {@return every person in two places at once, or resting or working against the policy's limits}
     *
     * @param rota the rota
     * @param elsewhere the same people's assignments in other rotas
     */
    public static List<String> limitBreaches(Rota rota, List<Assignment> elsewhere) {
        RotaPolicy policy = rota.policy();
        List<Assignment> all = new ArrayList<>(rota.assignments());
        all.addAll(elsewhere);
        List<String> breaches = new ArrayList<>();
        Map<PersonId, List<Assignment>> byPerson = all.stream().collect(Collectors.groupingBy(Assignment::person));
        byPerson.forEach((person, duties) -> {
            List<Assignment> sorted = new ArrayList<>(duties);
            sorted.sort(Comparator.comparing((Assignment a) -> a.duty().start()));
            Instant blockStart = null;
            Instant blockEnd = null;
            Duration approved = Duration.ZERO;
            for (Assignment a : sorted) {
                if (blockEnd != null && a.duty().start().isBefore(blockEnd)) {
                    breaches.add(person + " is in two places at " + a.duty().start());
                }
                if (blockEnd != null && (!a.duty().start().isAfter(blockEnd) || a.resumesDuty())) {
                    blockEnd = a.duty().end().isAfter(blockEnd) ? a.duty().end() : blockEnd;
                } else {
                    if (blockEnd != null) {
                        check(breaches, person, blockStart, blockEnd, approved, policy);
                        if (Duration.between(blockEnd, a.duty().start()).compareTo(policy.minimumRest()) < 0) {
                            breaches.add(person + " rests only " + Duration.between(blockEnd, a.duty().start()) + " before " + a.duty().start());
                        }
                    }
                    blockStart = a.duty().start();
                    blockEnd = a.duty().end();
                    approved = Duration.ZERO;
                }
                if (a.isExtension()) {
                    approved = approved.plus(a.duty().length());
                }
            }
            if (blockEnd != null) {
                check(breaches, person, blockStart, blockEnd, approved, policy);
            }
        });
        return breaches;
    }

    private static void check(List<String> breaches, PersonId person, Instant start, Instant end, Duration approved, RotaPolicy policy) {
        if (Duration.between(start, end).minus(approved).compareTo(policy.maximumContinuousDuty()) > 0) {
            breaches.add(person + " is on duty " + Duration.between(start, end) + " without a break from " + start);
        }
    }

    /**
     * {@return every duty of someone during their leave}
     *
     * @param rota the rota
     * @param leave approved leave per person
     */
    public static List<String> onLeave(Rota rota, Map<PersonId, List<TimeRange>> leave) {
        List<String> breaches = new ArrayList<>();
        for (Assignment a : rota.assignments()) {
            for (TimeRange away : leave.getOrDefault(a.person(), List.of())) {
                if (away.overlaps(a.duty())) {
                    breaches.add(a.person() + " is rostered " + a.duty() + " during leave " + away);
                }
            }
        }
        return breaches;
    }
}
