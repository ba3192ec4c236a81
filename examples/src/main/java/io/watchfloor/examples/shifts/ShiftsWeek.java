package io.watchfloor.examples.shifts;

import io.watchfloor.examples.Centre;
import io.watchfloor.examples.DemoWeek;
import io.watchfloor.examples.DutyReport;
import io.watchfloor.examples.WeekPart;
import io.watchfloor.people.EscalationChain;
import io.watchfloor.people.PeopleModule;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.PageRequest;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.Arrival;
import io.watchfloor.shifts.Assignment;
import io.watchfloor.shifts.Attendance;
import io.watchfloor.shifts.CleaningRecord;
import io.watchfloor.shifts.DutyLogArchive;
import io.watchfloor.shifts.Handover;
import io.watchfloor.shifts.MonthlyAttendance;
import io.watchfloor.shifts.OnDuty;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaGenerator;
import io.watchfloor.shifts.RotaPolicy;
import io.watchfloor.shifts.Shift;
import io.watchfloor.shifts.ShiftsEvent;
import io.watchfloor.shifts.ShiftsModule;
import io.watchfloor.shifts.Times;
import io.watchfloor.shifts.TourGap;
import io.watchfloor.shifts.WatchTour;
import io.watchfloor.shifts.port.in.CheckIn;
import io.watchfloor.shifts.port.in.CheckOut;
import io.watchfloor.shifts.port.in.CreateRota;
import io.watchfloor.shifts.port.in.DecideLeave;
import io.watchfloor.shifts.port.in.FindTourGaps;
import io.watchfloor.shifts.port.in.PublishRota;
import io.watchfloor.shifts.port.in.RecordCleaning;
import io.watchfloor.shifts.port.in.RecordWatchTour;
import io.watchfloor.shifts.port.in.RequestLeave;
import io.watchfloor.shifts.port.in.SignHandover;
import io.watchfloor.shifts.port.in.SubstituteOnPost;
import io.watchfloor.shifts.port.in.SuggestRota;
import io.watchfloor.shifts.port.in.WriteDutyLog;
import io.watchfloor.shifts.port.in.WriteHandover;
import io.watchfloor.testkit.shifts.InMemoryShifts;
import io.watchfloor.testkit.shifts.PeopleStaff;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The duty shifts of the example centre's week: the centre head has the generator fill a week of
 * three 8-hour shifts with a shift leader and an operator on each (Xu Tao's weekend leave approved
 * first), publishes it and the next week's, and the week is lived by it: people check in 15 min ahead and declare
 * themselves fit, hand over in writing at every change, tour the monitors every 30 min and keep the
 * duty log. Some things go wrong, as they do: on Tuesday morning the day operator leaves for a
 * hospital appointment with a substitute on the post; on Tuesday night the operator misses tours from
 * 02:00 to 03:30; on Wednesday the day operator comes 10 min late; on Thursday the evening operator
 * comes 40 min late, so the day operator stays on and the shift leader is alerted; on Friday a radio
 * is found missing at the morning handover; nobody records the cleaning of Saturday's night shift.
 * Escalations of the people context reach the shift leader on duty through this part's roster.
 */
public final class ShiftsWeek implements WeekPart {

    /** The first day of the week in the centre's zone. */
    public static final LocalDate MONDAY = LocalDate.ofInstant(DemoWeek.START, Centre.ZONE);
    /** Wednesday 08:00: the day operator comes 10 min late. */
    public static final Instant LATE_SHIFT = at(2, "08:00");
    /** Thursday 16:00: the evening operator comes 40 min late. */
    public static final Instant NO_SHOW_SHIFT = at(3, "16:00");
    /** Tuesday's hospital appointment of the day operator. */
    public static final TimeRange APPOINTMENT = new TimeRange(at(1, "10:00"), at(1, "12:00"));
    /** Tuesday night's stretch without tours. */
    public static final TimeRange MISSED_TOURS = new TimeRange(at(1, "02:00"), at(1, "03:30"));
    /** Friday 08:00: radio 3 missing at the handover. */
    public static final Instant DISCREPANCY_AT = at(4, "08:00");
    /** Xu Tao's leave, Saturday and Sunday. */
    public static final TimeRange WEEKEND_LEAVE = new TimeRange(at(5, "00:00"), at(7, "00:00"));

    private static final Duration ARRIVE_AHEAD = Duration.ofMinutes(15);

    private InMemoryShifts stores;
    private ShiftsModule module;
    private PeopleModule escalations;
    private Rota rota;
    private Rota nextWeek;
    private PersonId head;
    private RotaGenerator.Proposed proposal;
    private int escalationsToLeader;
    private int escalationChecks;
    private int substitutions;
    private io.watchfloor.shifts.DutyLogEntryId lastEntry;

    private static Instant at(int day, String time) {
        return MONDAY.plusDays(day).atTime(java.time.LocalTime.parse(time)).atZone(Centre.ZONE).toInstant();
    }

    @Override
    public void setUp(Centre centre) {
        stores = InMemoryShifts.create(centre.transactions());
        module = ShiftsModule.create(new ShiftsModule.Ports(stores.stores(), new PeopleStaff(centre.people()),
                RotaPolicy.defaults(Centre.ZONE)), centre.runtime());
        escalations = PeopleModule.create(new PeopleModule.Ports(centre.people(), centre.departments(), module.dutyRoster()),
                centre.runtime());
        head = centre.people().withRole(Role.CENTRE_HEAD).get(0).id();

        PersonId xu = named(centre, "Xu Tao");
        var leave = module.requestLeave().request(new RequestLeave.Command(xu, WEEKEND_LEAVE.start(), WEEKEND_LEAVE.end(), "family wedding"));
        module.decideLeave().decide(new DecideLeave.Command(head, leave.id(), true));

        Rota draft = module.createRota().create(new CreateRota.Command(head, MONDAY, 1));
        RotaGenerator.Suggestion suggestion = module.suggestRota().suggest(new SuggestRota.Command(head, draft.id(), List.of()));
        if (!(suggestion instanceof RotaGenerator.Proposed proposed)) {
            throw new IllegalStateException(((RotaGenerator.Impossible) suggestion).explanation().sentence(Centre.ZONE));
        }
        proposal = proposed;
        rota = module.publishRota().publish(new PublishRota.Command(head, draft.id()));
        Rota following = module.createRota().create(new CreateRota.Command(head, MONDAY.plusWeeks(1), 1));
        if (module.suggestRota().suggest(new SuggestRota.Command(head, following.id(), List.of())) instanceof RotaGenerator.Impossible no) {
            throw new IllegalStateException(no.explanation().sentence(Centre.ZONE));
        }
        nextWeek = module.publishRota().publish(new PublishRota.Command(head, following.id()));
        for (Assignment a : rota.at(DemoWeek.START)) {
            module.checkIn().checkIn(new CheckIn.Command(a.person(), true));
        }
    }

    private static PersonId named(Centre centre, String name) {
        return centre.people().list(PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Override
    public void onTick(Centre centre, Instant now) {
        Instant previous = now.minus(DemoWeek.TICK);
        module.remindUpcomingShifts().remind(previous, now);
        if (now.equals(at(1, "08:30"))) {
            substituteForAppointment(now);
        }
        rota = stores.rotas().get(rota.id());
        nextWeek = stores.rotas().get(nextWeek.id());
        checkIns(previous, now);
        handovers(now);
        module.watchForRelief().check();
        tours(now);
        cleaning(now);
        dutyLog(now);
        if (now.atZone(Centre.ZONE).getMinute() == 0) {
            EscalationChain chain = escalations.findEscalationTarget().at(now);
            escalationChecks++;
            if (chain.first().equals(chain.shiftLeader()) && chain.shiftLeader().isPresent()) {
                escalationsToLeader++;
            }
        }
    }

    private void substituteForAppointment(Instant now) {
        PersonId leader = module.findOnDuty().at(now).shiftLeader().orElseThrow();
        PersonId absent = rota.at(APPOINTMENT.start()).stream().filter(a -> a.post() == Role.OPERATOR).findFirst().orElseThrow().person();
        List<PersonId> candidates = new ArrayList<>();
        rota.assignments().stream().map(Assignment::person).distinct().forEach(candidates::add);
        for (PersonId candidate : candidates) {
            if (candidate.equals(absent) || candidate.equals(leader)) {
                continue;
            }
            try {
                module.substituteOnPost().substitute(new SubstituteOnPost.Command(leader, rota.id(), absent, Role.OPERATOR,
                        APPOINTMENT.start(), APPOINTMENT.end(), candidate, "hospital appointment"));
                substitutions++;
                return;
            } catch (RuleViolation notThisOne) {
                // certificate, leave, rest or duty limits: try the next colleague
            }
        }
        throw new IllegalStateException("nobody could stand in for the appointment");
    }

    /** Every duty of this week's and next week's rotas. */
    private List<Assignment> assignments() {
        List<Assignment> all = new ArrayList<>(rota.assignments());
        all.addAll(nextWeek.assignments());
        return all;
    }

    private Instant arrival(Assignment a) {
        if (a.post() == Role.OPERATOR && a.duty().start().equals(LATE_SHIFT)) {
            return a.duty().start().plus(Duration.ofMinutes(10));
        }
        if (a.post() == Role.OPERATOR && a.duty().start().equals(NO_SHOW_SHIFT)) {
            return a.duty().start().plus(Duration.ofMinutes(40));
        }
        return a.duty().start().minus(ARRIVE_AHEAD);
    }

    private void checkIns(Instant previous, Instant now) {
        for (Assignment a : assignments()) {
            Instant arrive = arrival(a);
            if (a.isExtension() || !arrive.isAfter(previous) || arrive.isAfter(now)) {
                continue;
            }
            boolean alreadyIn = stores.attendances().open().stream().anyMatch(o -> o.person().equals(a.person()));
            if (!alreadyIn) {
                module.checkIn().checkIn(new CheckIn.Command(a.person(), true));
            }
        }
    }

    /** When the duty of an attendance ends by the rota now (following duties on the same post that meet it). */
    private Instant end(Attendance open) {
        List<Assignment> own = assignments().stream().filter(a -> a.person().equals(open.person())).filter(a -> a.post() == open.post()).toList();
        Instant probe = open.checkedIn().isAfter(open.duty().start()) ? open.checkedIn() : open.duty().start();
        Optional<Assignment> first = own.stream().filter(a -> a.duty().start().equals(open.duty().start()) || a.duty().contains(probe)).findFirst();
        if (first.isEmpty()) {
            return open.checkedIn();
        }
        Instant end = first.get().duty().end();
        for (boolean more = true; more; ) {
            more = false;
            for (Assignment a : own) {
                if (a.duty().start().equals(end)) {
                    end = a.duty().end();
                    more = true;
                }
            }
        }
        return end;
    }

    private void handovers(Instant now) {
        for (Attendance open : stores.attendances().open()) {
            Instant end = end(open);
            if (now.isBefore(end.minus(Duration.ofMinutes(10)))) {
                continue;
            }
            Optional<Assignment> relief = assignments().stream()
                    .filter(a -> a.post() == open.post() && a.duty().start().equals(end) && !a.person().equals(open.person())).findFirst();
            if (relief.isEmpty()) {
                continue;
            }
            PersonId incoming = relief.get().person();
            boolean incomingIn = stores.attendances().find(incoming, end).filter(Attendance::isOpen).isPresent();
            List<Handover> written = stores.handovers().at(end).stream()
                    .filter(h -> h.post() == open.post() && h.outgoing().equals(open.person())).toList();
            if (written.isEmpty() && incomingIn) {
                module.writeHandover().write(new WriteHandover.Command(open.person(), incoming,
                        "situation normal on the " + open.post().title() + " post; night market closing on Nanjing Road",
                        List.of(), List.of(), List.of("watch the school gates at 16:30"),
                        List.of("camera 12 (market gate) no picture"), List.of("radio 3", "keys of the equipment room")));
            } else if (!written.isEmpty() && !written.get(0).isComplete() && incomingIn
                    && !now.isBefore(written.get(0).outgoingSigned().plus(Duration.ofMinutes(5)))) {
                List<String> found = end.equals(DISCREPANCY_AT) && open.post() == Role.OPERATOR ? List.of("radio 3 missing from the rack") : List.of();
                module.signHandover().sign(new SignHandover.Command(written.get(0).id(), incoming, found));
                module.writeDutyLog().write(new WriteDutyLog.Entry(incoming, "took over the " + open.post().title() + " post"
                        + (found.isEmpty() ? "" : "; " + found.get(0))));
            } else if (!written.isEmpty() && written.get(0).isComplete() && !now.isBefore(end)) {
                module.checkOut().checkOut(new CheckOut.Command(open.person()));
            }
        }
    }

    private void tours(Instant now) {
        if (now.atZone(Centre.ZONE).getMinute() % 30 != 0 || (!now.isBefore(MISSED_TOURS.start()) && now.isBefore(MISSED_TOURS.end()))) {
            return;
        }
        for (PersonId operator : module.findOnDuty().at(now).on(Role.OPERATOR)) {
            module.recordWatchTour().record(new RecordWatchTour.Command(operator, now, WatchTour.Source.PLATFORM, ""));
        }
    }

    private void cleaning(Instant now) {
        for (Shift s : rota.shifts()) {
            boolean forgotten = s.day().equals(MONDAY.plusDays(5)) && s.isNight();
            if (forgotten || !s.duty().end().minus(Duration.ofMinutes(30)).equals(now)) {
                continue;
            }
            OnDuty onDuty = module.findOnDuty().at(now);
            onDuty.on(Role.OPERATOR).stream().findFirst().ifPresent(p -> module.recordCleaning().record(
                    new RecordCleaning.Command(p, CleaningRecord.RoomState.TIDY, "desks wiped, bins emptied")));
        }
    }

    private void dutyLog(Instant now) {
        if (now.equals(at(2, "10:00"))) {
            PersonId operator = module.findOnDuty().at(now).on(Role.OPERATOR).get(0);
            lastEntry = module.writeDutyLog().write(new WriteDutyLog.Entry(operator, "camera 12 dark at the market gate, repair requested")).id();
        }
        if (now.equals(at(2, "10:20"))) {
            PersonId operator = module.findOnDuty().at(now).on(Role.OPERATOR).get(0);
            module.writeDutyLog().correct(new WriteDutyLog.Correction(operator, lastEntry, "camera 21, not 12, is dark at the market gate"));
        }
    }

    @Override
    public void report(Centre centre, DutyReport report) {
        String section = "Duty shifts";
        Instant end = DemoWeek.START.plus(DemoWeek.LENGTH);
        Rota published = stores.rotas().get(rota.id());
        report.figure("shifts.rota.assignments", published.assignments().size());
        report.figure("shifts.rota.gaps", published.gaps().size());
        report.figure("shifts.rota.people", published.assignments().stream().map(Assignment::person).distinct().count());
        report.line(section, "Rota " + MONDAY + " to " + MONDAY.plusDays(6) + ": " + published.assignments().size() + " duties, "
                + published.gaps().size() + " coverage gaps, fairness " + RotaGenerator.spread(proposal.loads()));

        List<Attendance> attendances = stores.attendances().during(new TimeRange(DemoWeek.START, end));
        long late = attendances.stream().filter(a -> a.arrival() == Arrival.LATE).count();
        long onTime = attendances.stream().filter(a -> a.arrival() == Arrival.ON_TIME).count();
        report.figure("shifts.checkIns", attendances.size());
        report.figure("shifts.onTime", onTime);
        report.figure("shifts.lateArrivals", late);
        report.line(section, attendances.size() + " check-ins, " + onTime + " on time (10 min ahead), " + late + " late");
        attendances.stream().filter(a -> a.arrival() == Arrival.LATE).forEach(a -> report.line(section, "  late: "
                + centre.people().get(a.person()).name() + " as " + a.post().title() + " at " + Times.at(a.checkedIn(), Centre.ZONE)
                + ", " + Times.length(a.lateBy()) + " after the start"));

        List<Handover> handovers = stores.handovers().between(DemoWeek.START, end.plusSeconds(1));
        long signed = handovers.stream().filter(Handover::isComplete).count();
        long discrepancies = handovers.stream().mapToLong(h -> h.discrepancies().size()).sum();
        report.figure("shifts.handovers.signed", signed);
        report.figure("shifts.handovers.discrepancies", discrepancies);
        report.line(section, signed + " written handovers signed by both, " + discrepancies + " discrepancy recorded");

        var events = centre.events();
        List<ShiftsEvent.DutyExtended> extended = events.ofType(ShiftsEvent.DutyExtended.class);
        List<ShiftsEvent.ShiftLeaderAlerted> alerts = events.ofType(ShiftsEvent.ShiftLeaderAlerted.class);
        report.figure("shifts.extensions", extended.size());
        report.figure("shifts.leaderAlerts", alerts.size());
        for (ShiftsEvent.ShiftLeaderAlerted alert : alerts) {
            report.line(section, "  relief missing: " + name(centre, alert.outgoing()) + " stayed on as " + alert.post().title() + " at "
                    + Times.at(alert.occurredAt(), Centre.ZONE) + "; shift leader " + name(centre, alert.shiftLeader()) + " alerted");
        }

        List<WatchTour> tours = stores.tours().during(new TimeRange(DemoWeek.START, end));
        List<TourGap> gaps = module.findTourGaps().find(new FindTourGaps.Query(DemoWeek.START, end));
        int missed = gaps.stream().mapToInt(TourGap::missedTours).sum();
        report.figure("shifts.tours", tours.size());
        report.figure("shifts.tourGaps", gaps.size());
        report.figure("shifts.missedTours", missed);
        report.line(section, tours.size() + " watch tours; " + gaps.size() + " gap(s) longer than 30 min, " + missed + " tour(s) missed");
        gaps.forEach(g -> report.line(section, "  no tour by " + name(centre, g.operator()) + " from " + Times.range(g.gap(), Centre.ZONE)));

        DutyLogArchive archive = module.exportDutyLog().year(2026);
        long corrections = archive.entries().stream().filter(e -> e.corrects() != null).count();
        report.figure("shifts.log.entries", archive.entries().size());
        report.figure("shifts.log.corrections", corrections);
        report.line(section, "duty log: " + archive.entries().size() + " entries, " + corrections + " correction(s) as new entries");

        List<TimeRange> uncleaned = module.recordCleaning().shiftsWithoutCleaning(DemoWeek.START, end.plusSeconds(1));
        report.figure("shifts.cleaning.recorded", stores.cleaning().during(new TimeRange(DemoWeek.START, end)).size());
        report.figure("shifts.cleaning.missing", uncleaned.size());
        uncleaned.forEach(r -> report.line(section, "  no cleaning duty recorded for the shift " + Times.range(r, Centre.ZONE)));

        report.figure("shifts.reminders", events.ofType(ShiftsEvent.ShiftReminderDue.class).size());
        report.figure("shifts.moves", events.ofType(ShiftsEvent.ShiftMoved.class).size());
        report.figure("shifts.substitutions", substitutions);
        report.line(section, events.ofType(ShiftsEvent.ShiftReminderDue.class).size() + " shift reminders sent; "
                + events.ofType(ShiftsEvent.ShiftMoved.class).size() + " notices of moved duties after " + substitutions + " substitution(s)");

        List<MonthlyAttendance> november = module.reportAttendance().month(YearMonth.from(MONDAY));
        report.figure("shifts.attendance.people", november.size());
        report.figure("shifts.attendance.absences", november.stream().mapToInt(MonthlyAttendance::absences).sum());
        report.figure("shifts.attendance.lateArrivals", november.stream().mapToInt(MonthlyAttendance::lateArrivals).sum());
        report.figure("shifts.attendance.missedTours", november.stream().mapToInt(MonthlyAttendance::missedTours).sum());
        report.line(section, "attendance for " + YearMonth.from(MONDAY) + " (SHIFT-09):");
        for (MonthlyAttendance m : november) {
            report.line(section, "  " + name(centre, m.person()) + ": " + m.duties() + " duties, " + m.lateArrivals() + " late, "
                    + m.earlyLeaves() + " early, " + m.absences() + " absent, " + m.missedTours() + " tours missed, " + m.extensions() + " extended");
        }

        report.figure("shifts.escalation.checks", escalationChecks);
        report.figure("shifts.escalation.toShiftLeader", escalationsToLeader);
        report.line(section, "escalations checked hourly: " + escalationsToLeader + " of " + escalationChecks + " went first to the shift leader on duty (PEOPLE-03)");
    }

    private static String name(Centre centre, PersonId id) {
        return id == null ? "nobody" : centre.people().find(id).map(Person::name).orElse(id.toString());
    }

    /** The shifts module of the week, for other parts. */
    public ShiftsModule module() {
        return module;
    }

    /** The stores of the week. */
    public InMemoryShifts stores() {
        return stores;
    }

    /** The published rota as it stands. */
    public Rota rota() {
        return stores.rotas().get(rota.id());
    }
}
