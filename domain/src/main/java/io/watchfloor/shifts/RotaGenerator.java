package io.watchfloor.shifts;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Suggests a fair rota: fills every shift of a draft up to the minimum staffing of each post, shift by
 * shift in order, with people who hold the post's certificate for the whole shift (PEOPLE-02), are not
 * on leave (SHIFT-05) and keep the duty limits (SHIFT-02). Among those it takes whoever has had the
 * fewest nights (for a night shift), the fewest weekend shifts (for a weekend shift), then the least
 * time on duty, so nights, weekends and hours spread evenly across the team. Assignments already in
 * the draft are kept and count for every minute they cover: a shift held in part by a substitute and in part by the
 * absent person (SHIFT-05) is staffed and is not filled again. When a shift cannot be filled it says which post, which interval and, for every
 * person who holds the post, which constraint stands in the way.
 *
 * <p>The search is greedy (one pass, no backtracking): fast enough for a quarter of a year with sixty
 * people, and its answer "impossible" means no one was left for that shift after the earlier choices.
 */
public final class RotaGenerator {

    private RotaGenerator() {
    }

    /** What the generator suggests. */
    public sealed interface Suggestion {
    }

    /** A rota that covers every post, to be reviewed and edited before publication, with everyone's load. */
    public record Proposed(Rota rota, Map<PersonId, Load> loads) implements Suggestion {
        public Proposed {
            Objects.requireNonNull(rota, "rota");
            loads = Map.copyOf(loads);
        }
    }

    /** No valid rota was found; the explanation says where and why. */
    public record Impossible(Explanation explanation) implements Suggestion {
        public Impossible {
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /** How much of the rota falls on one person. */
    public record Load(int shifts, int nights, int weekends, Duration onDuty) {
        Load plus(Shift shift, TimeRange duty) {
            return new Load(shifts + 1, nights + (shift.isNight() ? 1 : 0), weekends + (shift.isWeekend() ? 1 : 0), onDuty.plus(duty.length()));
        }
    }

    /**
     * Why a shift could not be filled: the post, the shift, how many were required and found, and one reason
     * per person holding the post.
     */
    public record Explanation(Role post, Shift shift, int required, int found, List<String> reasons) {
        public Explanation {
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(shift, "shift");
            reasons = List.copyOf(reasons);
        }

        /** The whole explanation as one sentence. */
        public String sentence(ZoneId zone) {
            return "no valid rota: the " + shift.template().name() + " shift from " + Times.range(shift.duty(), zone) + " needs "
                    + required + " " + post.title() + (required == 1 ? "" : "s") + " and only " + found + " could be found"
                    + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons));
        }
    }

    /**
     * Fills {@code draft} from {@code staff}; {@code leave} holds the periods each person is away
     * (approved or planned leave).
     */
    public static Suggestion suggest(Rota draft, List<Person> staff, Map<PersonId, List<TimeRange>> leave) {
        return suggest(draft, staff, leave, List.of());
    }

    /**
     * Fills {@code draft} as {@link #suggest(Rota, List, Map)} does, keeping the duty limits also with
     * {@code elsewhere}: people's duties in neighbouring rotas (the week before and after).
     */
    public static Suggestion suggest(Rota draft, List<Person> staff, Map<PersonId, List<TimeRange>> leave, List<Assignment> elsewhere) {
        RotaPolicy policy = draft.policy();
        List<Person> people = new ArrayList<>(staff);
        people.sort(Comparator.comparing(p -> p.id().value()));
        Map<PersonId, TreeMap<Instant, Assignment>> duties = new HashMap<>();
        Map<PersonId, Load> loads = new LinkedHashMap<>();
        for (Person p : people) {
            duties.put(p.id(), new TreeMap<>());
            loads.put(p.id(), new Load(0, 0, 0, Duration.ZERO));
        }
        List<Assignment> result = new ArrayList<>(draft.assignments());
        for (Assignment a : draft.assignments()) {
            duties.computeIfAbsent(a.person(), k -> new TreeMap<>()).put(a.duty().start(), a);
        }
        for (Assignment a : elsewhere) {
            duties.computeIfAbsent(a.person(), k -> new TreeMap<>()).put(a.duty().start(), a);
        }
        Map<Role, Long> qualified = new HashMap<>();
        policy.minimumStaffing().keySet().forEach(post -> qualified.put(post, people.stream().filter(p -> p.hasRole(post)).count()));
        List<Role> posts = policy.minimumStaffing().keySet().stream()
                .sorted(Comparator.comparing((Role r) -> qualified.get(r)).thenComparing(r -> r))
                .toList();
        Duration window = policy.maximumContinuousDuty().multipliedBy(2).plus(policy.minimumRest());

        for (Shift shift : draft.shifts()) {
            TimeRange duty = shift.duty();
            for (Role post : posts) {
                int required = policy.minimumStaffing().get(post);
                int have = fewestThroughout(result, post, duty);
                while (have < required) {
                    Person best = null;
                    for (Person p : people) {
                        if (eligible(p, post, duty, duties.get(p.id()), leave, policy, window)
                                && (best == null || fairer(p, best, shift, loads, posts, post) < 0)) {
                            best = p;
                        }
                    }
                    if (best == null) {
                        List<String> reasons = new ArrayList<>();
                        int without = 0;
                        for (Person p : people) {
                            if (!p.hasRole(post)) {
                                without++;
                                continue;
                            }
                            reasonAgainst(p, post, duty, duties.get(p.id()), leave, policy, window).ifPresent(reasons::add);
                        }
                        if (without > 0) {
                            reasons.add(without + " other" + (without == 1 ? " does" : "s do") + " not hold the role " + post.title());
                        }
                        return new Impossible(new Explanation(post, shift, required, have, reasons));
                    }
                    Assignment a = Assignment.of(best.id(), post, duty);
                    result.add(a);
                    duties.get(best.id()).put(duty.start(), a);
                    loads.put(best.id(), loads.get(best.id()).plus(shift, duty));
                    have++;
                }
            }
        }
        return new Proposed(draft.withAssignments(result), loads);
    }

    /**
     * How many people {@code assignments} put on {@code post} at the least staffed minute of {@code duty}: pieces of a
     * duty count (a substitute for part of it and the absent person before and after, SHIFT-05), not only whole shifts.
     */
    static int fewestThroughout(List<Assignment> assignments, Role post, TimeRange duty) {
        TreeMap<Instant, Integer> delta = new TreeMap<>();
        delta.put(duty.start(), 0);
        for (Assignment a : assignments) {
            if (a.post() != post || !a.duty().overlaps(duty)) {
                continue;
            }
            delta.merge(a.duty().start().isBefore(duty.start()) ? duty.start() : a.duty().start(), 1, Integer::sum);
            if (a.duty().end().isBefore(duty.end())) {
                delta.merge(a.duty().end(), -1, Integer::sum);
            }
        }
        int count = 0;
        int fewest = Integer.MAX_VALUE;
        for (int step : delta.values()) {
            count += step;
            fewest = Math.min(fewest, count);
        }
        return fewest;
    }

    private static int fairer(Person a, Person b, Shift shift, Map<PersonId, Load> loads, List<Role> posts, Role post) {
        Load la = loads.get(a.id());
        Load lb = loads.get(b.id());
        if (shift.isNight() && la.nights() != lb.nights()) {
            return Integer.compare(la.nights(), lb.nights());
        }
        if (shift.isWeekend() && la.weekends() != lb.weekends()) {
            return Integer.compare(la.weekends(), lb.weekends());
        }
        int byTime = la.onDuty().compareTo(lb.onDuty());
        if (byTime != 0) {
            return byTime;
        }
        // keep people who can also fill a scarcer post for it
        return Long.compare(posts.stream().filter(a::hasRole).count(), posts.stream().filter(b::hasRole).count());
    }

    private static boolean eligible(Person p, Role post, TimeRange duty, NavigableMap<Instant, Assignment> own,
                                    Map<PersonId, List<TimeRange>> leave, RotaPolicy policy, Duration window) {
        if (!p.hasRole(post) || !p.isCertifiedFor(post, duty)) {
            return false;
        }
        for (TimeRange away : leave.getOrDefault(p.id(), List.of())) {
            if (away.overlaps(duty)) {
                return false;
            }
        }
        List<Assignment> near = new ArrayList<>(own.subMap(duty.start().minus(window), true, duty.end().plus(window), true).values());
        near.add(Assignment.of(p.id(), post, duty));
        return DutyLimits.keeps(near, policy);
    }

    private static Optional<String> reasonAgainst(Person p, Role post, TimeRange duty, NavigableMap<Instant, Assignment> own,
                                                  Map<PersonId, List<TimeRange>> leave, RotaPolicy policy, Duration window) {
        if (!p.hasRole(post)) {
            return Optional.of(p.name() + " does not hold the role " + post.title());
        }
        if (!p.isCertifiedFor(post, duty)) {
            try {
                p.requireCertifiedFor(post, duty);
            } catch (RuleViolation refusal) {
                return Optional.of(refusal.sentence());
            }
        }
        for (TimeRange away : leave.getOrDefault(p.id(), List.of())) {
            if (away.overlaps(duty)) {
                return Optional.of(p.name() + " is on leave from " + Times.range(away, policy.zone()));
            }
        }
        List<Assignment> near = new ArrayList<>(own.subMap(duty.start().minus(window), true, duty.end().plus(window), true).values());
        near.add(Assignment.of(p.id(), post, duty));
        return DutyLimits.firstProblem(p.name(), near, policy);
    }

    /** A summary of the loads, such as "nights 6-7, weekends 4-5, hours 160-176", for a report. */
    public static String spread(Map<PersonId, Load> loads) {
        if (loads.isEmpty()) {
            return "nobody rostered";
        }
        var nights = loads.values().stream().collect(Collectors.summarizingInt(Load::nights));
        var weekends = loads.values().stream().collect(Collectors.summarizingInt(Load::weekends));
        var hours = loads.values().stream().collect(Collectors.summarizingLong(l -> l.onDuty().toHours()));
        return "nights " + nights.getMin() + "-" + nights.getMax() + ", weekend shifts " + weekends.getMin() + "-" + weekends.getMax()
                + ", hours " + hours.getMin() + "-" + hours.getMax();
    }
}
