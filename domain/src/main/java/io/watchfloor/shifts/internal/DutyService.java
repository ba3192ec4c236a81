package io.watchfloor.shifts.internal;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.Bounds;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.Assignment;
import io.watchfloor.shifts.Attendance;
import io.watchfloor.shifts.CleaningRecord;
import io.watchfloor.shifts.Handover;
import io.watchfloor.shifts.HandoverId;
import io.watchfloor.shifts.OnDuty;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.Shift;
import io.watchfloor.shifts.ShiftsEvent;
import io.watchfloor.shifts.Times;
import io.watchfloor.shifts.port.in.CheckIn;
import io.watchfloor.shifts.port.in.CheckOut;
import io.watchfloor.shifts.port.in.FindOnDuty;
import io.watchfloor.shifts.port.in.RecordCleaning;
import io.watchfloor.shifts.port.in.SignHandover;
import io.watchfloor.shifts.port.in.WatchForRelief;
import io.watchfloor.shifts.port.in.WriteHandover;
import io.watchfloor.shared.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Being on duty: check-in and check-out, handovers, relief, who is on duty, cleaning (SHIFT-03, 04, 08, 10, PEOPLE-03). */
public final class DutyService implements CheckIn, CheckOut, WriteHandover, SignHandover, WatchForRelief, FindOnDuty, RecordCleaning {

    private final Context ctx;

    DutyService(Context ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    @Override
    public Attendance checkIn(CheckIn.Command command) {
        ctx.validation().valid(command);
        return ctx.transactions().inTransaction(() -> {
            Instant now = ctx.now();
            Person person = ctx.staff().get(command.person());
            if (!command.declaresFit()) {
                throw new RuleViolation("SHIFT-10", person.name() + " may not take duty without declaring no alcohol in the "
                        + Times.length(ctx.policy().soberBefore()) + " before it (上班前八小时之内不准饮酒): unfit for duty");
            }
            Optional<Attendance> open = ctx.stores().attendances().open().stream().filter(a -> a.person().equals(person.id())).findFirst();
            if (open.isPresent()) {
                throw new RuleViolation("SHIFT-03", person.name() + " is already checked in as " + open.get().post().title()
                        + " since " + Times.at(open.get().checkedIn(), ctx.policy().zone()));
            }
            Duration reach = ctx.policy().maximumContinuousDuty();
            Rota rota = null;
            Assignment next = null;
            for (Rota r : ctx.published(new TimeRange(now.minus(reach), now.plus(ctx.policy().checkInOpens()).plusNanos(1)))) {
                for (Assignment a : r.of(person.id())) {
                    boolean due = a.duty().end().isAfter(now) && !a.duty().start().isAfter(now.plus(ctx.policy().checkInOpens()));
                    if (due && !a.isExtension() && ctx.stores().attendances().find(person.id(), a.duty().start()).isEmpty()
                            && (next == null || a.duty().start().isBefore(next.duty().start()))) {
                        next = a;
                        rota = r;
                    }
                }
            }
            if (next == null) {
                throw new RuleViolation("SHIFT-03", person.name() + " has no rostered duty to check in for at "
                        + Times.at(now, ctx.policy().zone()) + " (check-in opens " + Times.length(ctx.policy().checkInOpens()) + " before a duty)");
            }
            Attendance stored = ctx.stores().attendances().save(
                    Attendance.checkIn(rota.id(), person.id(), next.post(), next.duty(), now, ctx.policy().arriveBefore()));
            ctx.events().publish(new ShiftsEvent.CheckedIn(person.id(), next.post(), next.duty(), stored.arrival(), now));
            return stored;
        });
    }

    @Override
    public Attendance checkOut(CheckOut.Command command) {
        ctx.validation().valid(command);
        return ctx.transactions().inTransaction(() -> {
            Instant now = ctx.now();
            Person person = ctx.staff().get(command.person());
            Attendance open = openAttendance(person);
            Instant end = end(open, now);
            boolean early = now.isBefore(end) && !handedOver(open, end, now);
            boolean someoneElse = othersOnPost(open, now);
            if (early && !someoneElse) {
                throw new RuleViolation("SHIFT-05", person.name() + " may not leave the " + open.post().title() + " post before "
                        + Times.at(end, ctx.policy().zone()) + ": nobody else is on it; leaving during duty needs approval and a substitute on the post first");
            }
            if (!early && !someoneElse && !handedOver(open, end, now)) {
                throw new RuleViolation("SHIFT-04", person.name() + " may not leave the " + open.post().title()
                        + " post before the incoming person has signed the handover (接班人不到位, 在班人不离岗): they stay on duty");
            }
            Attendance stored = ctx.stores().attendances().save(open.checkOut(now, early));
            ctx.events().publish(new ShiftsEvent.CheckedOut(person.id(), open.post(), open.duty(), early, now));
            return stored;
        });
    }

    @Override
    public Handover write(WriteHandover.Command command) {
        ctx.validation().valid(command);
        return ctx.transactions().inTransaction(() -> {
            Instant now = ctx.now();
            Person outgoing = ctx.staff().get(command.outgoing());
            Person incoming = ctx.staff().get(command.incoming());
            Attendance open = openAttendance(outgoing);
            Instant boundary = end(open, now);
            boolean rostered = ctx.rosteredAt(boundary).stream()
                    .anyMatch(a -> a.person().equals(incoming.id()) && a.post() == open.post() && a.duty().start().equals(boundary));
            if (!rostered) {
                throw new InvalidCommand("WriteHandover", List.of(new InvalidCommand.FieldError("incoming", incoming.name()
                        + " is not rostered as " + open.post().title() + " from " + Times.at(boundary, ctx.policy().zone()))));
            }
            boolean written = ctx.stores().handovers().at(boundary).stream()
                    .anyMatch(h -> h.post() == open.post() && h.outgoing().equals(outgoing.id()) && h.incoming().equals(incoming.id()));
            if (written) {
                throw new RuleViolation("SHIFT-04", outgoing.name() + " already wrote the handover to " + incoming.name()
                        + " at " + Times.at(boundary, ctx.policy().zone()));
            }
            Handover handover = new Handover(HandoverId.newId(), open.post(), boundary, outgoing.id(), incoming.id(), command.situation(),
                    command.openCases(), command.incidents(), command.instructions(), command.faultyDevices(), command.equipment(),
                    now, List.of(), null, Version.NEW);
            Handover stored = ctx.stores().handovers().save(handover);
            ctx.events().publish(new ShiftsEvent.HandoverWritten(stored.id(), stored.post(), outgoing.id(), incoming.id(), now));
            return stored;
        });
    }

    @Override
    public Handover sign(SignHandover.Command command) {
        ctx.validation().valid(command);
        return ctx.transactions().inTransaction(() -> {
            Instant now = ctx.now();
            Handover handover = ctx.stores().handovers().get(command.handover());
            Person incoming = ctx.staff().get(command.incoming());
            if (!handover.incoming().equals(incoming.id())) {
                throw new RuleViolation("SHIFT-04", "the handover is addressed to " + ctx.staff().get(handover.incoming()).name()
                        + ", not to " + incoming.name());
            }
            if (handover.isComplete()) {
                throw new RuleViolation("SHIFT-04", "the handover was already signed at " + Times.at(handover.incomingSigned(), ctx.policy().zone()));
            }
            boolean fit = ctx.stores().attendances().find(incoming.id(), handover.boundary()).filter(Attendance::isOpen).isPresent();
            if (!fit) {
                throw new RuleViolation("SHIFT-10", incoming.name() + " has not checked in declaring fitness for duty: nobody hands over to a person unfit for duty");
            }
            Handover stored = ctx.stores().handovers().save(handover.signByIncoming(now, command.discrepancies()));
            ctx.events().publish(new ShiftsEvent.HandoverSigned(stored.id(), stored.post(), stored.outgoing(), stored.incoming(),
                    stored.discrepancies().size(), now));
            return stored;
        });
    }

    @Override
    public List<Attendance> check() {
        return ctx.transactions().inTransaction(() -> {
            Instant now = ctx.now();
            List<Attendance> extended = new ArrayList<>();
            for (Attendance open : ctx.stores().attendances().open()) {
                if (open.wasExtended()) {
                    continue;
                }
                Instant end = end(open, now);
                if (now.isBefore(end.plus(ctx.policy().reliefGrace())) || othersOnPost(open, now) || handedOver(open, end, now)) {
                    continue;
                }
                Attendance stored = ctx.stores().attendances().save(open.extend(end));
                extended.add(stored);
                ctx.events().publish(new ShiftsEvent.DutyExtended(open.person(), open.post(), end, now));
                PersonId missing = ctx.rosteredAt(end).stream()
                        .filter(a -> a.post() == open.post() && a.duty().start().equals(end) && !a.person().equals(open.person()))
                        .map(Assignment::person).findFirst().orElse(null);
                PersonId leader = at(now).shiftLeader().orElse(null);
                ctx.events().publish(new ShiftsEvent.ShiftLeaderAlerted(leader, open.person(), missing, open.post(), now));
            }
            return extended;
        });
    }

    @Override
    public OnDuty at(Instant at) {
        Bounds.instant("FindOnDuty", "at", at);
        Set<OnDuty.Post> posts = new LinkedHashSet<>();
        List<Attendance> stayingOn = new ArrayList<>();
        Duration reach = ctx.policy().maximumContinuousDuty().multipliedBy(2);
        for (Attendance a : ctx.stores().attendances().during(new TimeRange(at.minus(reach), at.plusNanos(1)))) {
            boolean present = !a.checkedIn().isAfter(at) && (a.checkedOut() == null || a.checkedOut().isAfter(at));
            if (!present) {
                continue;
            }
            Instant end = end(a, at);
            if (!end.isAfter(at) && !handedOverBy(a, end, at)) {
                stayingOn.add(a);
                posts.add(new OnDuty.Post(a.post(), a.person(), true));
            }
        }
        for (Assignment a : ctx.rosteredAt(at)) {
            Optional<Handover> early = ctx.stores().handovers().at(a.duty().end()).stream()
                    .filter(h -> h.post() == a.post() && h.outgoing().equals(a.person()) && h.isComplete() && !h.incomingSigned().isAfter(at))
                    .findFirst();
            if (early.isPresent()) {
                posts.add(new OnDuty.Post(a.post(), early.get().incoming(), false));
                continue;
            }
            Optional<Handover> pending = ctx.stores().handovers().at(a.duty().start()).stream()
                    .filter(h -> h.post() == a.post() && h.incoming().equals(a.person()))
                    .findFirst();
            if (pending.isPresent() && !pending.get().responsibleAt(at).equals(a.person())) {
                continue;
            }
            boolean relieving = pending.isEmpty() && stayingOn.stream()
                    .anyMatch(s -> s.post() == a.post() && !s.person().equals(a.person()) && end(s, at).equals(a.duty().start()));
            if (!relieving) {
                posts.add(new OnDuty.Post(a.post(), a.person(), a.isExtension()));
            }
        }
        List<OnDuty.Post> ordered = new ArrayList<>(posts);
        ordered.sort(Comparator.comparing(OnDuty.Post::post).thenComparing(p -> p.person().value()));
        Optional<PersonId> leader = ordered.stream().filter(p -> p.post() == Role.SHIFT_LEADER).map(OnDuty.Post::person).findFirst();
        return new OnDuty(at, ordered, leader);
    }

    @Override
    public CleaningRecord record(RecordCleaning.Command command) {
        ctx.validation().valid(command);
        if (command.state() == CleaningRecord.RoomState.NEEDS_ATTENTION && (command.note() == null || command.note().isBlank())) {
            throw new InvalidCommand("RecordCleaning", List.of(new InvalidCommand.FieldError("note", "must say what needs attention")));
        }
        return ctx.transactions().inTransaction(() -> {
            Instant now = ctx.now();
            Person person = ctx.staff().get(command.person());
            if (!at(now).includes(person.id())) {
                throw new RuleViolation("SHIFT-08", person.name() + " is not on duty at " + Times.at(now, ctx.policy().zone())
                        + ": the cleaning duty is recorded by someone on the shift");
            }
            Shift shift = ctx.published(new TimeRange(now, now.plusNanos(1))).stream()
                    .map(r -> r.shiftAt(now)).flatMap(Optional::stream).findFirst()
                    .orElseThrow(() -> new RuleViolation("SHIFT-08", "no shift of a published rota is under way at " + Times.at(now, ctx.policy().zone())));
            Optional<CleaningRecord> done = ctx.stores().cleaning().of(shift.duty());
            if (done.isPresent()) {
                throw new RuleViolation("SHIFT-08", "the cleaning duty of the " + shift.template().name() + " shift from "
                        + Times.range(shift.duty(), ctx.policy().zone()) + " was already recorded by " + ctx.staff().get(done.get().person()).name());
            }
            CleaningRecord record = new CleaningRecord(shift.duty(), person.id(), command.state(), command.note(), now);
            ctx.stores().cleaning().add(record);
            ctx.events().publish(new ShiftsEvent.CleaningRecorded(person.id(), shift.duty(), command.state(), now));
            return record;
        });
    }

    @Override
    public List<TimeRange> shiftsWithoutCleaning(Instant from, Instant to) {
        Bounds.instant("RecordCleaning", "from", from);
        Bounds.instant("RecordCleaning", "to", to);
        if (!to.isAfter(from)) {
            throw new InvalidCommand("RecordCleaning", List.of(new InvalidCommand.FieldError("to", "must be after from")));
        }
        Instant now = ctx.now();
        List<TimeRange> missing = new ArrayList<>();
        for (Rota r : ctx.published(new TimeRange(from, to))) {
            for (Shift s : r.shifts()) {
                Instant end = s.duty().end();
                if (!end.isBefore(from) && end.isBefore(to) && !end.isAfter(now) && ctx.stores().cleaning().of(s.duty()).isEmpty()) {
                    missing.add(s.duty());
                }
            }
        }
        return missing;
    }

    private Attendance openAttendance(Person person) {
        return ctx.stores().attendances().open().stream().filter(a -> a.person().equals(person.id())).findFirst()
                .orElseThrow(() -> new RuleViolation("SHIFT-03", person.name() + " is not checked in"));
    }

    /** When the attendance's duty ends by the rota now; when the rota no longer holds it, it ended at the check-in. */
    private Instant end(Attendance a, Instant now) {
        return ctx.plannedEnd(a.person(), a.post(), a.duty().start(), a.checkedIn()).orElse(a.checkedIn());
    }

    /**
     * Whether someone else, checked in, is responsible for the post at {@code now} (so leaving does not empty it).
     * A colleague who is themselves kept on past their duty for want of a relief does not count: two outgoing
     * people cannot relieve each other (SHIFT-04).
     */
    private boolean othersOnPost(Attendance mine, Instant now) {
        List<Attendance> present = ctx.stores().attendances().open().stream()
                .filter(o -> !o.checkedIn().isAfter(now) && !o.person().equals(mine.person()))
                .filter(o -> !awaitingRelief(o, now))
                .toList();
        return at(now).on(mine.post()).stream().anyMatch(p -> present.stream().anyMatch(o -> o.person().equals(p)));
    }

    /** Whether {@code a}'s duty has ended by {@code now} and nobody has signed to take it over. */
    private boolean awaitingRelief(Attendance a, Instant now) {
        Instant end = end(a, now);
        return !end.isAfter(now) && !handedOverBy(a, end, now);
    }

    private boolean handedOver(Attendance a, Instant end, Instant now) {
        return handedOverBy(a, end, now);
    }

    private boolean handedOverBy(Attendance a, Instant end, Instant at) {
        return ctx.stores().handovers().at(end).stream()
                .anyMatch(h -> h.post() == a.post() && h.outgoing().equals(a.person()) && h.isComplete() && !h.incomingSigned().isAfter(at));
    }
}
