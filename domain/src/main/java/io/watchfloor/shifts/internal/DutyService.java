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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
            boolean relieved = handedOverBy(open, end, now);
            boolean early = now.isBefore(end) && !relieved;
            Seats seats = seats(open, now);
            if (!seats.mayLeave(relieved)) {
                if (early) {
                    throw new RuleViolation("SHIFT-05", person.name() + " may not leave the " + open.post().title() + " post before "
                            + Times.at(end, ctx.policy().zone()) + ": it needs " + seats.describe()
                            + "; leaving during duty needs approval and a substitute on the post first");
                }
                throw new RuleViolation("SHIFT-04", person.name() + " may not leave the " + open.post().title() + " post: it needs "
                        + seats.describe() + " and the incoming person has not signed the handover (接班人不到位, 在班人不离岗): they stay on duty");
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
            Optional<Handover> taken = ctx.stores().handovers().at(boundary).stream()
                    .filter(h -> h.post() == open.post() && h.incoming().equals(incoming.id())).findFirst();
            if (taken.isPresent()) {
                throw new RuleViolation("SHIFT-04", incoming.name() + " already takes over the seat of " + ctx.staff().get(taken.get().outgoing()).name()
                        + " on the " + open.post().title() + " post at " + Times.at(boundary, ctx.policy().zone())
                        + ": one incoming person relieves one outgoing person");
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
                if (now.isBefore(end.plus(ctx.policy().reliefGrace())) || seats(open, now).mayLeave(handedOverBy(open, end, now))) {
                    continue;
                }
                Attendance stored = ctx.stores().attendances().save(open.extend(end));
                extended.add(stored);
                ctx.events().publish(new ShiftsEvent.DutyExtended(open.person(), open.post(), end, now));
                List<PersonId> incoming = ctx.rosteredAt(end).stream()
                        .filter(a -> a.post() == open.post() && a.duty().start().equals(end) && !a.person().equals(open.person()))
                        .map(Assignment::person).toList();
                PersonId missing = incoming.stream().filter(p -> !relievesSomeone(p, open.post(), end, now)).findFirst()
                        .orElse(incoming.isEmpty() ? null : incoming.get(0));
                PersonId leader = at(now).shiftLeader().orElse(null);
                ctx.events().publish(new ShiftsEvent.ShiftLeaderAlerted(leader, open.person(), missing, open.post(), now));
            }
            return extended;
        });
    }

    /**
     * Who is responsible for each post at {@code at}, as far as the rota and the attendance show (SHIFT-01, SHIFT-04, SHIFT-10):
     * whoever is checked in; someone kept on past their duty for want of a relief; a rostered person who has not checked in
     * only while nobody has checked in on that post (a centre that does not record attendance there), and never once they
     * checked out of that duty. The shift leader is chosen by {@link #leading}.
     */
    @Override
    public OnDuty at(Instant at) {
        Bounds.instant("FindOnDuty", "at", at);
        Set<OnDuty.Post> posts = new LinkedHashSet<>();
        Map<PersonId, Instant> since = new HashMap<>();
        List<Attendance> stayingOn = new ArrayList<>();
        List<Attendance> left = new ArrayList<>();
        Set<PersonId> present = new HashSet<>();
        Set<Role> tracked = EnumSet.noneOf(Role.class);
        Duration reach = ctx.policy().maximumContinuousDuty().multipliedBy(2);
        for (Attendance a : ctx.stores().attendances().during(new TimeRange(at.minus(reach), at.plusNanos(1)))) {
            if (a.checkedIn().isAfter(at)) {
                continue;
            }
            if (a.checkedOut() != null && !a.checkedOut().isAfter(at)) {
                left.add(a);
                continue;
            }
            present.add(a.person());
            tracked.add(a.post());
            Instant end = end(a, at);
            if (!end.isAfter(at) && !handedOverBy(a, end, at)) {
                stayingOn.add(a);
                posts.add(new OnDuty.Post(a.post(), a.person(), true));
                since.merge(a.person(), a.duty().start(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        for (Assignment a : ctx.rosteredAt(at)) {
            Optional<Handover> early = ctx.stores().handovers().at(a.duty().end()).stream()
                    .filter(h -> h.post() == a.post() && h.outgoing().equals(a.person()) && h.isComplete() && !h.incomingSigned().isAfter(at))
                    .findFirst();
            if (early.isPresent()) {
                posts.add(new OnDuty.Post(a.post(), early.get().incoming(), false));
                since.merge(early.get().incoming(), early.get().incomingSigned(), (x, y) -> x.isBefore(y) ? x : y);
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
            boolean absent = !present.contains(a.person()) && (tracked.contains(a.post())
                    || left.stream().anyMatch(l -> l.person().equals(a.person()) && l.post() == a.post()
                    && (l.duty().start().equals(a.duty().start()) || a.duty().contains(l.checkedIn()))));
            if (!relieving && !absent) {
                posts.add(new OnDuty.Post(a.post(), a.person(), a.isExtension()));
                since.merge(a.person(), a.duty().start(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        List<OnDuty.Post> ordered = new ArrayList<>(posts);
        ordered.sort(Comparator.comparing(OnDuty.Post::post).thenComparing(p -> p.person().value()));
        Optional<PersonId> leader = ordered.stream().filter(p -> p.post() == Role.SHIFT_LEADER)
                .min(leading(since)).map(OnDuty.Post::person);
        return new OnDuty(at, ordered, leader);
    }

    /**
     * Which of several shift leaders on duty leads (PEOPLE-03): first one on their own rostered duty over one kept on
     * for want of a relief or on an approved extension (they lead the shift now running; the other is finishing one);
     * then the one in charge longest, whose duty began first (or who signed a takeover first); then by name, and only
     * for two people of the same name by id, so the answer never depends on how ids happen to be drawn.
     */
    private Comparator<OnDuty.Post> leading(Map<PersonId, Instant> since) {
        return Comparator.comparing(OnDuty.Post::extended)
                .thenComparing(p -> since.getOrDefault(p.person(), Instant.MAX))
                .thenComparing(p -> ctx.staff().find(p.person()).map(Person::name).orElse(""))
                .thenComparing(p -> p.person().value());
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
     * The seats of {@code mine}'s post at {@code now} as its holder would leave them (SHIFT-01, SHIFT-04, SHIFT-05): how many
     * the post needs, and how many others checked in on it are responsible for it, of whom how many are staying (their own
     * duty runs on and they have not handed it over). Someone kept on for want of a relief is responsible but leaving:
     * two outgoing people cannot relieve each other.
     */
    private Seats seats(Attendance mine, Instant now) {
        List<PersonId> responsible = at(now).on(mine.post());
        int present = 0;
        int staying = 0;
        for (Attendance o : ctx.stores().attendances().open()) {
            if (o.person().equals(mine.person()) || o.post() != mine.post() || o.checkedIn().isAfter(now) || !responsible.contains(o.person())) {
                continue;
            }
            present++;
            if (!awaitingRelief(o, now)) {
                staying++;
            }
        }
        return new Seats(ctx.policy().minimumStaffing().getOrDefault(mine.post(), 1), present, staying);
    }

    /**
     * A post's seats as one person would leave them. They may leave when the others staying on cover every required seat,
     * or when they were relieved (the incoming person signed their handover) and the others responsible cover every seat.
     */
    private record Seats(int required, int present, int staying) {
        boolean mayLeave(boolean relieved) {
            return staying >= required || relieved && present >= required;
        }

        String describe() {
            return required + " on it at every minute and only " + staying + " other" + (staying == 1 ? "" : "s") + " checked in would stay on it";
        }
    }

    /** Whether {@code person} signed a handover taking over {@code post} at {@code boundary} by {@code now}. */
    private boolean relievesSomeone(PersonId person, io.watchfloor.people.Role post, Instant boundary, Instant now) {
        return ctx.stores().handovers().at(boundary).stream()
                .anyMatch(h -> h.post() == post && h.incoming().equals(person) && h.isComplete() && !h.incomingSigned().isAfter(now));
    }

    /** Whether {@code a}'s duty has ended by {@code now} and nobody has signed to take it over. */
    private boolean awaitingRelief(Attendance a, Instant now) {
        Instant end = end(a, now);
        return !end.isAfter(now) && !handedOverBy(a, end, now);
    }

    private boolean handedOverBy(Attendance a, Instant end, Instant at) {
        return ctx.stores().handovers().at(end).stream()
                .anyMatch(h -> h.post() == a.post() && h.outgoing().equals(a.person()) && h.isComplete() && !h.incomingSigned().isAfter(at));
    }
}
