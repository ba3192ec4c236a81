package io.watchfloor.shifts.internal;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.Bounds;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.Assignment;
import io.watchfloor.shifts.CoverageGap;
import io.watchfloor.shifts.DutyLimits;
import io.watchfloor.shifts.LeaveRequest;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaGenerator;
import io.watchfloor.shifts.RotaId;
import io.watchfloor.shifts.ShiftsEvent;
import io.watchfloor.shifts.Times;
import io.watchfloor.shifts.port.in.ApproveExtension;
import io.watchfloor.shifts.port.in.AssignShift;
import io.watchfloor.shifts.port.in.CreateRota;
import io.watchfloor.shifts.port.in.FindCoverageGaps;
import io.watchfloor.shifts.port.in.PublishRota;
import io.watchfloor.shifts.port.in.RemindUpcomingShifts;
import io.watchfloor.shifts.port.in.SubstituteOnPost;
import io.watchfloor.shifts.port.in.SuggestRota;
import io.watchfloor.shifts.port.in.SwapShifts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Building, generating, publishing and changing rotas (SHIFT-01, SHIFT-02, SHIFT-05, PEOPLE-02). */
public final class RotaService implements CreateRota, AssignShift, ApproveExtension, FindCoverageGaps, PublishRota, SuggestRota,
        SubstituteOnPost, SwapShifts, RemindUpcomingShifts {

    private final Context ctx;

    RotaService(Context ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    @Override
    public Rota create(CreateRota.Command command) {
        ctx.validation().valid(command);
        return ctx.transactions().inTransaction(() -> {
            ctx.requireLeader(command.actor(), "create a rota");
            Rota draft = Rota.draft(ctx.policy(), command.firstDay(), command.weeks());
            List<Rota> clash = ctx.stores().rotas().overlapping(draft.horizon());
            if (!clash.isEmpty()) {
                throw new InvalidCommand("CreateRota", List.of(new InvalidCommand.FieldError("firstDay",
                        "the horizon " + Times.range(draft.horizon(), draft.zone()) + " overlaps the rota from " + clash.get(0).firstDay())));
            }
            Rota stored = ctx.stores().rotas().save(draft);
            ctx.events().publish(new ShiftsEvent.RotaCreated(stored.id(), stored.firstDay(), stored.weeks(), ctx.now()));
            return stored;
        });
    }

    @Override
    public Rota assign(AssignShift.Command command) {
        ctx.validation().valid(command);
        return ctx.transactions().inTransaction(() -> {
            ctx.requireLeader(command.actor(), "roster people");
            Rota rota = ctx.stores().rotas().get(command.rota());
            Person person = ctx.staff().get(command.person());
            TimeRange duty = new TimeRange(command.start(), command.end());
            requireNotOnLeave(person, duty);
            return store(rota.assign(person, command.post(), duty, ctx.elsewhere(person.id(), rota.id(), duty), ctx.now()));
        });
    }

    @Override
    public Rota unassign(AssignShift.Removal command) {
        ctx.validation().valid(command);
        return ctx.transactions().inTransaction(() -> {
            ctx.requireLeader(command.actor(), "change a rota");
            Rota rota = ctx.stores().rotas().get(command.rota());
            return store(rota.unassign(command.person(), command.post(), command.start(), ctx.now()));
        });
    }

    @Override
    public Rota approve(ApproveExtension.Command command) {
        ctx.validation().valid(command);
        return ctx.transactions().inTransaction(() -> {
            Person supervisor = ctx.staff().get(command.supervisor());
            Rota rota = ctx.stores().rotas().get(command.rota());
            Person person = ctx.staff().get(command.person());
            TimeRange duty = new TimeRange(command.dutyEnd(), command.until());
            requireNotOnLeave(person, duty);
            return store(rota.approveExtension(person, command.post(), duty, supervisor, ctx.elsewhere(person.id(), rota.id(), duty), ctx.now()));
        });
    }

    @Override
    public List<CoverageGap> of(RotaId rota) {
        Bounds.present("FindCoverageGaps", "rota", rota);
        return ctx.stores().rotas().get(rota).gaps();
    }

    @Override
    public Rota publish(PublishRota.Command command) {
        ctx.validation().valid(command);
        return ctx.transactions().inTransaction(() -> {
            ctx.requireLeader(command.actor(), "publish a rota");
            return store(ctx.stores().rotas().get(command.rota()).publish(ctx.now()));
        });
    }

    @Override
    public RotaGenerator.Suggestion suggest(SuggestRota.Command command) {
        ctx.validation().valid(command);
        return ctx.transactions().inTransaction(() -> {
            ctx.requireLeader(command.actor(), "generate a rota");
            Rota rota = ctx.stores().rotas().get(command.rota());
            if (rota.isPublished()) {
                throw new InvalidCommand("SuggestRota", List.of(new InvalidCommand.FieldError("rota",
                        "is published: change it by swaps and substitutes, not by a new suggestion")));
            }
            Map<PersonId, Person> staff = new LinkedHashMap<>();
            for (Role post : rota.policy().minimumStaffing().keySet()) {
                ctx.staff().withRole(post).forEach(p -> staff.put(p.id(), p));
            }
            rota.assignments().forEach(a -> staff.computeIfAbsent(a.person(), id -> ctx.staff().get(id)));
            Map<PersonId, List<TimeRange>> leave = new HashMap<>();
            for (LeaveRequest approved : ctx.stores().leave().approved()) {
                leave.computeIfAbsent(approved.person(), k -> new ArrayList<>()).add(approved.period());
            }
            for (SuggestRota.PlannedLeave planned : command.plannedLeave()) {
                ctx.staff().get(planned.person());
                leave.computeIfAbsent(planned.person(), k -> new ArrayList<>()).add(new TimeRange(planned.start(), planned.end()));
            }
            java.time.Duration margin = rota.policy().maximumContinuousDuty().multipliedBy(2).plus(rota.policy().minimumRest());
            List<Assignment> neighbours = new ArrayList<>();
            for (Rota other : ctx.stores().rotas().overlapping(new TimeRange(rota.horizon().start().minus(margin), rota.horizon().end().plus(margin)))) {
                if (!other.id().equals(rota.id())) {
                    neighbours.addAll(other.assignments());
                }
            }
            RotaGenerator.Suggestion suggestion = RotaGenerator.suggest(rota, List.copyOf(staff.values()), leave, neighbours);
            if (suggestion instanceof RotaGenerator.Proposed proposed) {
                proposed.rota().verify(staff);
                staff.values().forEach(p -> DutyLimits.check(p.name(), java.util.stream.Stream.concat(proposed.rota().of(p.id()).stream(),
                        neighbours.stream().filter(a -> a.person().equals(p.id()))).toList(), rota.policy()));
                Set<Assignment> before = new HashSet<>(rota.assignments());
                Rota stored = ctx.stores().rotas().save(proposed.rota());
                Instant now = ctx.now();
                stored.assignments().stream().filter(a -> !before.contains(a)).forEach(a ->
                        ctx.events().publish(new ShiftsEvent.ShiftAssigned(stored.id(), a.person(), a.post(), a.duty(), now)));
                return new RotaGenerator.Proposed(stored, proposed.loads());
            }
            return suggestion;
        });
    }

    @Override
    public Rota substitute(SubstituteOnPost.Command command) {
        ctx.validation().valid(command);
        return ctx.transactions().inTransaction(() -> {
            Person approver = ctx.requireLeader(command.approvedBy(), "approve an absence from a post");
            if (approver.id().equals(command.absent())) {
                throw new RuleViolation("SHIFT-05", approver.name() + " may not approve their own absence from a post: it needs another shift leader's or the centre head's approval");
            }
            Rota rota = ctx.stores().rotas().get(command.rota());
            ctx.staff().get(command.absent());
            Person substitute = ctx.staff().get(command.substitute());
            TimeRange interval = new TimeRange(command.start(), command.end());
            requireNotOnLeave(substitute, interval);
            return store(rota.substitute(command.absent(), command.post(), interval, substitute,
                    ctx.elsewhere(substitute.id(), rota.id(), interval), command.reason(), ctx.now()));
        });
    }

    @Override
    public Rota swap(SwapShifts.Command command) {
        ctx.validation().valid(command);
        return ctx.transactions().inTransaction(() -> {
            Person approver = ctx.requireLeader(command.approvedBy(), "approve a swap");
            if (approver.id().equals(command.person()) || approver.id().equals(command.other())) {
                throw new RuleViolation("SHIFT-05", approver.name() + " may not approve a swap of their own duty: it needs another shift leader's or the centre head's approval");
            }
            Rota rota = ctx.stores().rotas().get(command.rota());
            Person a = ctx.staff().get(command.person());
            Person b = ctx.staff().get(command.other());
            TimeRange around = new TimeRange(command.start().isBefore(command.otherStart()) ? command.start() : command.otherStart(),
                    (command.start().isAfter(command.otherStart()) ? command.start() : command.otherStart()).plusSeconds(1));
            Rota.Changed swapped = rota.swap(a, command.post(), command.start(), b, command.otherPost(), command.otherStart(),
                    ctx.elsewhere(a.id(), rota.id(), around), ctx.elsewhere(b.id(), rota.id(), around), ctx.now());
            requireNotOnLeave(a, taken(swapped.rota(), a.id(), command.otherPost(), command.otherStart()));
            requireNotOnLeave(b, taken(swapped.rota(), b.id(), command.post(), command.start()));
            return store(swapped);
        });
    }

    @Override
    public List<ShiftsEvent.ShiftReminderDue> remind(Instant from, Instant to) {
        Bounds.instant("RemindUpcomingShifts", "from", from);
        Bounds.instant("RemindUpcomingShifts", "to", to);
        if (!to.isAfter(from)) {
            throw new InvalidCommand("RemindUpcomingShifts", List.of(new InvalidCommand.FieldError("to", "must be after from")));
        }
        return ctx.transactions().inTransaction(() -> {
            List<ShiftsEvent.ShiftReminderDue> due = new ArrayList<>();
            TimeRange starts = new TimeRange(from.plus(ctx.policy().reminderBefore()), to.plus(ctx.policy().reminderBefore()).plusNanos(1));
            for (Rota r : ctx.published(starts)) {
                for (Assignment a : r.assignments()) {
                    Instant remindAt = a.duty().start().minus(r.policy().reminderBefore());
                    if (remindAt.isAfter(from) && !remindAt.isAfter(to) && !a.isExtension()) {
                        due.add(new ShiftsEvent.ShiftReminderDue(a.person(), a.post(), a.duty(), remindAt));
                    }
                }
            }
            due.forEach(ctx.events()::publish);
            return due;
        });
    }

    /** The duty {@code person} holds on {@code post} from {@code start} in {@code rota}. */
    private static TimeRange taken(Rota rota, PersonId person, Role post, Instant start) {
        return rota.of(person).stream().filter(x -> x.post() == post && x.duty().start().equals(start))
                .map(Assignment::duty).findFirst().orElseThrow();
    }

    private void requireNotOnLeave(Person person, TimeRange duty) {
        for (LeaveRequest leave : ctx.stores().leave().of(person.id())) {
            if (leave.isApproved() && leave.period().overlaps(duty)) {
                throw new RuleViolation("SHIFT-05", person.name() + " is on approved leave from "
                        + Times.range(leave.period(), ctx.policy().zone()) + " and cannot be rostered then");
            }
        }
    }

    private Rota store(Rota.Changed changed) {
        Rota stored = ctx.stores().rotas().save(changed.rota());
        changed.events().forEach(ctx.events()::publish);
        return stored;
    }
}
