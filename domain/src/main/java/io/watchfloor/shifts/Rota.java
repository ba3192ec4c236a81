package io.watchfloor.shifts;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A rota (排班表): who is on which post when, over a horizon of whole weeks from {@code firstDay} 00:00
 * in the policy's time zone. A draft is edited freely within the duty rules (PEOPLE-02, SHIFT-02); it
 * is published only without coverage gaps (SHIFT-01), and a published rota changes only in ways that
 * keep every post staffed, each change to someone's duty noticed as {@link ShiftsEvent.ShiftMoved}.
 *
 * @param policy the policy the rota was made under (a snapshot)
 * @param weeks the horizon in weeks, 1 to 53
 */
public record Rota(RotaId id, RotaPolicy policy, LocalDate firstDay, int weeks, Status status, List<Assignment> assignments,
                   Version version) {

    /** Where a rota is in its life. */
    public enum Status {
        /** Being built: not yet binding. */
        DRAFT,
        /** Binding: staff work by it. */
        PUBLISHED
    }

    private static final Comparator<Assignment> ORDER = Comparator.comparing((Assignment a) -> a.duty().start())
            .thenComparing(a -> a.post())
            .thenComparing(a -> a.person().value());

    public Rota {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(version, "version");
        if (weeks < 1 || weeks > 53) {
            throw new IllegalArgumentException("a rota spans 1 to 53 weeks, not " + weeks);
        }
        List<Assignment> sorted = new ArrayList<>(assignments);
        sorted.sort(ORDER);
        assignments = List.copyOf(sorted);
    }

    /** The result of a change: the new state and the events it caused. */
    public record Changed(Rota rota, List<ShiftsEvent> events) {
        public Changed {
            Objects.requireNonNull(rota, "rota");
            events = List.copyOf(events);
        }
    }

    /** An empty draft. */
    public static Rota draft(RotaPolicy policy, LocalDate firstDay, int weeks) {
        return new Rota(RotaId.newId(), policy, firstDay, weeks, Status.DRAFT, List.of(), Version.NEW);
    }

    /** The time zone whose wall clock the shifts follow. */
    public ZoneId zone() {
        return policy.zone();
    }

    /** From {@code firstDay} 00:00 to 00:00 after the last day, in the rota's zone. */
    public TimeRange horizon() {
        return new TimeRange(firstDay.atStartOfDay(zone()).toInstant(), firstDay.plusWeeks(weeks).atStartOfDay(zone()).toInstant());
    }

    /** Whether it is published. */
    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    /**
     * Every shift of the horizon, in order of start: each template on each day, clipped to the horizon, so a
     * night shift that began the day before the first day covers the first morning, and one that runs past
     * the last day ends with the horizon (the next rota's first shift takes over there).
     */
    public List<Shift> shifts() {
        TimeRange horizon = horizon();
        List<Shift> shifts = new ArrayList<>();
        for (LocalDate day = firstDay.minusDays(1); day.isBefore(firstDay.plusWeeks(weeks)); day = day.plusDays(1)) {
            for (ShiftTemplate t : policy.templates()) {
                TimeRange r = t.on(day, zone());
                Instant s = r.start().isBefore(horizon.start()) ? horizon.start() : r.start();
                Instant e = r.end().isAfter(horizon.end()) ? horizon.end() : r.end();
                if (e.isAfter(s)) {
                    shifts.add(new Shift(day, t, new TimeRange(s, e)));
                }
            }
        }
        shifts.sort(Comparator.comparing((Shift s) -> s.duty().start()).thenComparing(s -> s.duty().end()));
        return List.copyOf(shifts);
    }

    /** The shift of the horizon that contains {@code at}, if any (the first in order). */
    public java.util.Optional<Shift> shiftAt(Instant at) {
        return shifts().stream().filter(s -> s.duty().contains(at)).findFirst();
    }

    /** Every assignment of {@code person}, in order. */
    public List<Assignment> of(PersonId person) {
        return assignments.stream().filter(a -> a.person().equals(person)).toList();
    }

    /** Everyone rostered at {@code at}. */
    public List<Assignment> at(Instant at) {
        return assignments.stream().filter(a -> a.duty().contains(at)).toList();
    }

    /**
     * Every interval of the horizon in which a post has fewer people than its minimum staffing (SHIFT-01),
     * in order of start, then post.
     */
    public List<CoverageGap> gaps() {
        TimeRange horizon = horizon();
        List<CoverageGap> gaps = new ArrayList<>();
        for (Map.Entry<Role, Integer> staffing : policy.minimumStaffing().entrySet()) {
            Role post = staffing.getKey();
            int required = staffing.getValue();
            TreeMap<Instant, Integer> delta = new TreeMap<>();
            delta.put(horizon.start(), 0);
            for (Assignment a : assignments) {
                if (a.post() != post || !a.duty().overlaps(horizon)) {
                    continue;
                }
                Instant s = a.duty().start().isBefore(horizon.start()) ? horizon.start() : a.duty().start();
                Instant e = a.duty().end().isAfter(horizon.end()) ? horizon.end() : a.duty().end();
                delta.merge(s, 1, Integer::sum);
                delta.merge(e, -1, Integer::sum);
            }
            int count = 0;
            Instant gapStart = null;
            int fewest = required;
            for (Map.Entry<Instant, Integer> step : delta.entrySet()) {
                if (!step.getKey().isBefore(horizon.end())) {
                    break;
                }
                count += step.getValue();
                if (count < required) {
                    if (gapStart == null) {
                        gapStart = step.getKey();
                        fewest = count;
                    }
                    fewest = Math.min(fewest, count);
                } else if (gapStart != null) {
                    gaps.add(new CoverageGap(post, new TimeRange(gapStart, step.getKey()), fewest, required));
                    gapStart = null;
                }
            }
            if (gapStart != null) {
                gaps.add(new CoverageGap(post, new TimeRange(gapStart, horizon.end()), fewest, required));
            }
        }
        gaps.sort(Comparator.comparing((CoverageGap g) -> g.interval().start()).thenComparing(CoverageGap::post));
        return List.copyOf(gaps);
    }

    /** Publishes the rota; refused with SHIFT-01 listing the first gaps when a post is uncovered. */
    public Changed publish(Instant at) {
        if (isPublished()) {
            throw new RuleViolation("SHIFT-01", "the rota from " + firstDay + " is already published");
        }
        List<CoverageGap> gaps = gaps();
        if (!gaps.isEmpty()) {
            throw new RuleViolation("SHIFT-01", "the rota from " + firstDay + " cannot be published with " + gaps.size()
                    + " coverage gap(s): " + gaps.stream().limit(3).map(g -> g.describe(zone())).collect(Collectors.joining("; "))
                    + (gaps.size() > 3 ? "; ..." : ""));
        }
        Rota published = new Rota(id, policy, firstDay, weeks, Status.PUBLISHED, assignments, version);
        return new Changed(published, List.of(new ShiftsEvent.RotaPublished(id, horizon(), assignments.size(), at)));
    }

    /**
     * Rosters {@code person} on {@code post} for {@code duty}: they must be certified for the whole duty
     * (PEOPLE-02) and keep the duty limits (SHIFT-02) together with {@code elsewhere}, their duties in other rotas.
     */
    public Changed assign(Person person, Role post, TimeRange duty, List<Assignment> elsewhere, Instant at) {
        Assignment added = Assignment.of(person.id(), post, duty);
        checkPostAndHorizon(post, duty);
        person.requireCertifiedFor(post, duty);
        Rota changed = with(added);
        DutyLimits.check(person.name(), changed.withElsewhere(person.id(), elsewhere), policy);
        ShiftsEvent event = isPublished()
                ? new ShiftsEvent.ShiftMoved(id, person.id(), post, null, duty, "rostered in addition", at)
                : new ShiftsEvent.ShiftAssigned(id, person.id(), post, duty, at);
        return new Changed(changed, List.of(event));
    }

    /**
     * A supervisor's approval to work beyond the shift (SHIFT-02): {@code person} stays on {@code post} for
     * {@code duty}, which must start when one of their duties on that post ends; it may exceed the maximum continuous duty.
     * Nobody approves their own extension.
     */
    public Changed approveExtension(Person person, Role post, TimeRange duty, Person supervisor, List<Assignment> elsewhere, Instant at) {
        supervisor.requireAnyRole(java.util.Set.of(Role.SHIFT_LEADER, Role.CENTRE_HEAD), "approve working beyond the shift");
        if (supervisor.id().equals(person.id())) {
            throw new RuleViolation("SHIFT-02", person.name() + " may not approve their own work beyond the shift: "
                    + "it needs another supervisor's approval");
        }
        checkPostAndHorizon(post, duty);
        boolean follows = of(person.id()).stream().anyMatch(a -> a.post() == post && a.duty().end().equals(duty.start()));
        if (!follows) {
            throw new InvalidCommand("ApproveExtension", List.of(new InvalidCommand.FieldError("start",
                    "an extension starts when one of " + person.name() + "'s duties as " + post.title() + " ends")));
        }
        person.requireCertifiedFor(post, duty);
        Assignment extension = new Assignment(person.id(), post, duty, supervisor.id());
        Rota changed = with(extension);
        DutyLimits.check(person.name(), changed.withElsewhere(person.id(), elsewhere), policy);
        return new Changed(changed, List.of(new ShiftsEvent.ExtensionApproved(id, person.id(), post, duty, supervisor.id(), at)));
    }

    /** Takes {@code person} off the duty on {@code post} that starts at {@code start}; on a published rota only if no gap opens. */
    public Changed unassign(PersonId person, Role post, Instant start, Instant at) {
        Assignment found = find(person, post, start);
        List<Assignment> fewer = new ArrayList<>(assignments);
        fewer.remove(found);
        Rota changed = withAssignments(fewer);
        if (isPublished()) {
            changed.requireNoGap("SHIFT-01", "taking the duty of " + Times.range(found.duty(), zone()) + " off the published rota");
            return new Changed(changed, List.of(new ShiftsEvent.ShiftMoved(id, person, post, found.duty(), null, "taken off the rota", at)));
        }
        return new Changed(changed, List.of(new ShiftsEvent.ShiftUnassigned(id, person, post, found.duty(), at)));
    }

    /**
     * Puts {@code substitute} on {@code post} in place of {@code absent} for {@code interval} (leave, a
     * temporary absence during duty: SHIFT-05). The absent person's duties on the post are cut around the
     * interval; the substitute must be certified and keep the duty limits. Coverage is never reduced.
     */
    public Changed substitute(PersonId absent, Role post, TimeRange interval, Person substitute, List<Assignment> elsewhere,
                              String reason, Instant at) {
        if (absent.equals(substitute.id())) {
            throw new InvalidCommand("SubstituteOnPost", List.of(new InvalidCommand.FieldError("substitute", "must differ from the absent person")));
        }
        List<Assignment> next = new ArrayList<>();
        List<ShiftsEvent> events = new ArrayList<>();
        List<Assignment> taken = new ArrayList<>();
        for (Assignment a : assignments) {
            if (!a.person().equals(absent) || a.post() != post || !a.duty().overlaps(interval)) {
                next.add(a);
                continue;
            }
            Instant s = a.duty().start().isBefore(interval.start()) ? interval.start() : a.duty().start();
            Instant e = a.duty().end().isAfter(interval.end()) ? interval.end() : a.duty().end();
            TimeRange part = new TimeRange(s, e);
            TimeRange before = a.duty().start().isBefore(s) ? new TimeRange(a.duty().start(), s) : null;
            TimeRange after = a.duty().end().isAfter(e) ? new TimeRange(e, a.duty().end()) : null;
            if (before != null) {
                next.add(a.withDuty(before));
            }
            if (after != null) {
                next.add(before != null || a.resumesDuty() ? a.withDuty(after).resuming() : a.withDuty(after));
            }
            substitute.requireCertifiedFor(post, part);
            Assignment cover = new Assignment(substitute.id(), post, part, null);
            next.add(cover);
            taken.add(cover);
            if (isPublished()) {
                events.add(new ShiftsEvent.ShiftMoved(id, absent, post, a.duty(), before != null ? before : after, reason, at));
                if (before != null && after != null) {
                    events.add(new ShiftsEvent.ShiftMoved(id, absent, post, null, after, reason, at));
                }
                events.add(new ShiftsEvent.ShiftMoved(id, substitute.id(), post, null, part, reason, at));
            } else {
                events.add(new ShiftsEvent.ShiftUnassigned(id, absent, post, part, at));
                events.add(new ShiftsEvent.ShiftAssigned(id, substitute.id(), post, part, at));
            }
        }
        if (taken.isEmpty()) {
            throw new InvalidCommand("SubstituteOnPost", List.of(new InvalidCommand.FieldError("interval",
                    "the absent person is not rostered as " + post.title() + " between " + Times.range(interval, zone()))));
        }
        Rota changed = withAssignments(next);
        DutyLimits.check(substitute.name(), changed.withElsewhere(substitute.id(), elsewhere), policy);
        return new Changed(changed, events);
    }

    /**
     * Swaps two duties (SHIFT-05): {@code a} takes {@code b}'s duty starting at {@code startB} and the other way
     * round. Both must be certified for the duty they take and keep the duty limits.
     */
    public Changed swap(Person a, Role postA, Instant startA, Person b, Role postB, Instant startB,
                        List<Assignment> elsewhereA, List<Assignment> elsewhereB, Instant at) {
        if (a.id().equals(b.id())) {
            throw new InvalidCommand("SwapShifts", List.of(new InvalidCommand.FieldError("other", "a swap needs two different people")));
        }
        Assignment dutyA = find(a.id(), postA, startA);
        Assignment dutyB = find(b.id(), postB, startB);
        a.requireCertifiedFor(dutyB.post(), dutyB.duty());
        b.requireCertifiedFor(dutyA.post(), dutyA.duty());
        List<Assignment> next = new ArrayList<>(assignments);
        next.remove(dutyA);
        next.remove(dutyB);
        next.add(dutyB.withPerson(a.id()));
        next.add(dutyA.withPerson(b.id()));
        Rota changed = withAssignments(next);
        DutyLimits.check(a.name(), changed.withElsewhere(a.id(), elsewhereA), policy);
        DutyLimits.check(b.name(), changed.withElsewhere(b.id(), elsewhereB), policy);
        List<ShiftsEvent> events = isPublished()
                ? List.of(new ShiftsEvent.ShiftMoved(id, a.id(), dutyB.post(), dutyA.duty(), dutyB.duty(), "swap", at),
                        new ShiftsEvent.ShiftMoved(id, b.id(), dutyA.post(), dutyB.duty(), dutyA.duty(), "swap", at))
                : List.of(new ShiftsEvent.ShiftUnassigned(id, a.id(), dutyA.post(), dutyA.duty(), at),
                        new ShiftsEvent.ShiftUnassigned(id, b.id(), dutyB.post(), dutyB.duty(), at),
                        new ShiftsEvent.ShiftAssigned(id, a.id(), dutyB.post(), dutyB.duty(), at),
                        new ShiftsEvent.ShiftAssigned(id, b.id(), dutyA.post(), dutyA.duty(), at));
        return new Changed(changed, events);
    }

    /**
     * Checks every assignment against {@code staff} (certification, PEOPLE-02) and the duty limits
     * (SHIFT-02); used when a whole set of assignments arrives at once, as from the generator.
     */
    public void verify(Map<PersonId, Person> staff) {
        for (Assignment a : assignments) {
            Person p = staff.get(a.person());
            if (p == null) {
                throw new io.watchfloor.shared.NotFound("person", a.person());
            }
            checkPostAndHorizon(a.post(), a.duty());
            p.requireCertifiedFor(a.post(), a.duty());
        }
        assignments.stream().collect(Collectors.groupingBy(Assignment::person)).forEach((person, duties) ->
                DutyLimits.check(staff.get(person).name(), duties, policy));
    }

    /** The same rota with other assignments (unchecked: call {@link #verify} or the change methods). */
    public Rota withAssignments(List<Assignment> others) {
        return new Rota(id, policy, firstDay, weeks, status, others, version);
    }

    /** The same rota as stored at {@code stored}; used by repository adapters only. */
    public Rota withVersion(Version stored) {
        return new Rota(id, policy, firstDay, weeks, status, assignments, stored);
    }

    private Rota with(Assignment added) {
        List<Assignment> more = new ArrayList<>(assignments);
        more.add(added);
        return withAssignments(more);
    }

    private List<Assignment> withElsewhere(PersonId person, List<Assignment> elsewhere) {
        List<Assignment> all = new ArrayList<>(of(person));
        elsewhere.stream().filter(a -> a.person().equals(person)).forEach(all::add);
        return all;
    }

    private Assignment find(PersonId person, Role post, Instant start) {
        return assignments.stream()
                .filter(a -> a.person().equals(person) && a.post() == post && a.duty().start().equals(start))
                .findFirst()
                .orElseThrow(() -> new io.watchfloor.shared.NotFound("duty as " + post.title() + " starting " + Times.at(start, zone())
                        + " of person", person));
    }

    private void checkPostAndHorizon(Role post, TimeRange duty) {
        List<InvalidCommand.FieldError> errors = new ArrayList<>();
        if (!policy.hasPost(post)) {
            errors.add(new InvalidCommand.FieldError("post", post.title() + " is not a post of this rota; its posts are "
                    + policy.minimumStaffing().keySet().stream().map(Role::title).collect(Collectors.joining(", "))));
        }
        if (!horizon().contains(duty.start())) {
            errors.add(new InvalidCommand.FieldError("start", "must lie within the rota's horizon " + Times.range(horizon(), zone())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommand("Assignment", errors);
        }
    }

    private void requireNoGap(String rule, String what) {
        List<CoverageGap> gaps = gaps();
        if (!gaps.isEmpty()) {
            throw new RuleViolation(rule, what + " would leave " + gaps.get(0).describe(zone()) + ": a post is never left empty");
        }
    }
}
