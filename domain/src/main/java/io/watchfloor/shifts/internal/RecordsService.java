package io.watchfloor.shifts.internal;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.Bounds;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.Arrival;
import io.watchfloor.shifts.Assignment;
import io.watchfloor.shifts.Attendance;
import io.watchfloor.shifts.DutyLogArchive;
import io.watchfloor.shifts.DutyLogEntry;
import io.watchfloor.shifts.MonthlyAttendance;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.ShiftsEvent;
import io.watchfloor.shifts.Times;
import io.watchfloor.shifts.TourGap;
import io.watchfloor.shifts.WatchTour;
import io.watchfloor.shifts.port.in.ExportDutyLog;
import io.watchfloor.shifts.port.in.FindOnDuty;
import io.watchfloor.shifts.port.in.FindTourGaps;
import io.watchfloor.shifts.port.in.RecordWatchTour;
import io.watchfloor.shifts.port.in.ReportAttendance;
import io.watchfloor.shifts.port.in.WriteDutyLog;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Watch tours, the duty log and the attendance figures (SHIFT-06, SHIFT-07, SHIFT-09). */
public final class RecordsService implements RecordWatchTour, FindTourGaps, WriteDutyLog, ExportDutyLog, ReportAttendance {

    private final Context ctx;
    private final FindOnDuty onDuty;

    RecordsService(Context ctx, FindOnDuty onDuty) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.onDuty = Objects.requireNonNull(onDuty, "onDuty");
    }

    @Override
    public WatchTour record(RecordWatchTour.Command command) {
        ctx.validation().valid(command);
        return ctx.transactions().inTransaction(() -> {
            Instant now = ctx.now();
            if (command.at().isAfter(now)) {
                throw new InvalidCommand("RecordWatchTour", List.of(new InvalidCommand.FieldError("at", "must not be in the future")));
            }
            Person operator = ctx.staff().get(command.operator());
            if (!onDuty.at(command.at()).on(Role.OPERATOR).contains(operator.id())) {
                throw new RuleViolation("SHIFT-06", operator.name() + " is not on duty as operator at "
                        + Times.at(command.at(), ctx.policy().zone()) + ": tours are made by the operator on duty");
            }
            WatchTour tour = new WatchTour(operator.id(), command.at(), command.source(), command.note());
            ctx.stores().tours().add(tour);
            ctx.events().publish(new ShiftsEvent.WatchTourRecorded(operator.id(), command.at(), command.source(), now));
            return tour;
        });
    }

    @Override
    public List<TourGap> find(FindTourGaps.Query query) {
        ctx.validation().valid(query);
        Instant now = ctx.now();
        Instant to = query.to().isAfter(now) ? now : query.to();
        if (!to.isAfter(query.from())) {
            return List.of();
        }
        TimeRange range = new TimeRange(query.from(), to);
        List<TourGap> gaps = new ArrayList<>();
        List<WatchTour> tours = ctx.stores().tours().during(range);
        for (Rota r : ctx.published(range)) {
            for (Assignment a : r.assignments()) {
                if (a.post() != Role.OPERATOR || !a.duty().overlaps(range)) {
                    continue;
                }
                Instant start = a.duty().start().isBefore(range.start()) ? range.start() : a.duty().start();
                Instant end = a.duty().end().isAfter(range.end()) ? range.end() : a.duty().end();
                Instant last = start;
                for (WatchTour t : tours) {
                    if (t.operator().equals(a.person()) && !t.at().isBefore(start) && !t.at().isAfter(end)) {
                        addGap(gaps, a.person(), last, t.at());
                        last = t.at();
                    }
                }
                addGap(gaps, a.person(), last, end);
            }
        }
        return gaps;
    }

    private void addGap(List<TourGap> gaps, PersonId operator, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return;
        }
        int missed = TourGap.missed(java.time.Duration.between(from, to), ctx.policy().tourInterval());
        if (missed > 0) {
            gaps.add(new TourGap(operator, new TimeRange(from, to), missed));
        }
    }

    /** Appends an entry; only someone on duty at the instant, or a shift leader, writes the log (SHIFT-07). */
    @Override
    public DutyLogEntry write(WriteDutyLog.Entry command) {
        ctx.validation().valid(command);
        return append(command.author(), command.text(), null);
    }

    @Override
    public DutyLogEntry correct(WriteDutyLog.Correction command) {
        ctx.validation().valid(command);
        return append(command.author(), command.text(), command.corrects());
    }

    private DutyLogEntry append(PersonId author, String text, io.watchfloor.shifts.DutyLogEntryId corrects) {
        return ctx.transactions().inTransaction(() -> {
            Person writer = ctx.staff().get(author);
            if (corrects != null) {
                ctx.stores().log().get(corrects);
            }
            Instant now = ctx.now();
            if (!writer.hasRole(Role.SHIFT_LEADER) && !onDuty.at(now).includes(writer.id())) {
                throw new RuleViolation("SHIFT-07", writer.name() + " is not on duty at " + Times.at(now, ctx.policy().zone())
                        + ": the duty log (值班日志) is written by the people on duty and the shift leaders");
            }
            DutyLogEntry stored = ctx.stores().log().append(DutyLogEntry.write(now, author, text, corrects));
            ctx.events().publish(new ShiftsEvent.DutyLogWritten(stored.id(), corrects, author, now));
            return stored;
        });
    }

    @Override
    public DutyLogArchive year(int year) {
        if (year < 2000 || year > 2999) {
            throw new InvalidCommand("ExportDutyLog", List.of(new InvalidCommand.FieldError("year", "must be 2000 to 2999, was " + year)));
        }
        ZoneId zone = ctx.policy().zone();
        TimeRange range = new TimeRange(java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant(),
                java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
        List<DutyLogEntry> entries = ctx.stores().log().during(range);
        Map<io.watchfloor.shifts.DutyLogEntryId, Long> numbers = new HashMap<>();
        List<String> lines = new ArrayList<>();
        for (DutyLogEntry e : entries) {
            numbers.put(e.id(), e.sequence());
            String author = ctx.staff().find(e.author()).map(Person::name).orElse(e.author().toString());
            String correction = e.correction().map(c -> " (corrects #" + (numbers.containsKey(c) ? numbers.get(c)
                    : ctx.stores().log().find(c).map(DutyLogEntry::sequence).orElse(0L)) + ")").orElse("");
            lines.add("#" + e.sequence() + " " + Times.at(e.at(), zone) + " " + author + ": " + e.text() + correction);
        }
        return new DutyLogArchive(year, zone, entries, lines);
    }

    @Override
    public List<MonthlyAttendance> month(YearMonth month) {
        Bounds.month("ReportAttendance", "month", month);
        ZoneId zone = ctx.policy().zone();
        Instant now = ctx.now();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        if (to.isAfter(now)) {
            to = now;
        }
        if (!to.isAfter(from)) {
            return List.of();
        }
        TimeRange range = new TimeRange(from, to);
        Map<PersonId, int[]> figures = new LinkedHashMap<>();
        for (Rota r : ctx.published(range)) {
            for (Assignment a : r.assignments()) {
                Instant end = a.duty().end();
                if (a.isExtension() || !end.isAfter(from) || end.isAfter(to)) {
                    continue;
                }
                int[] f = figures.computeIfAbsent(a.person(), p -> new int[6]);
                f[0]++;
                Attendance att = ctx.stores().attendances().find(a.person(), a.duty().start()).orElse(null);
                if (att == null) {
                    if (!presentThroughout(a)) {
                        f[3]++;
                    }
                    continue;
                }
                if (att.arrival() == Arrival.LATE) {
                    f[1]++;
                }
                if (att.leftEarly()) {
                    f[2]++;
                }
                if (att.wasExtended()) {
                    f[5]++;
                }
            }
        }
        for (TourGap gap : find(new FindTourGaps.Query(from, to))) {
            figures.computeIfAbsent(gap.operator(), p -> new int[6])[4] += gap.missedTours();
        }
        List<MonthlyAttendance> lines = new ArrayList<>();
        figures.forEach((person, f) -> lines.add(new MonthlyAttendance(person, month, f[0], f[1], f[2], f[3], f[4], f[5])));
        lines.sort(Comparator.comparing((MonthlyAttendance m) -> ctx.staff().find(m.person()).map(Person::name).orElse(""))
                .thenComparing(m -> m.person().value()));
        return lines;
    }

    /** Whether the person was on duty through the whole assignment under an earlier check-in (a second shift straight after the first). */
    private boolean presentThroughout(Assignment a) {
        return ctx.stores().attendances().during(a.duty()).stream().anyMatch(o -> o.person().equals(a.person())
                && !o.checkedIn().isAfter(a.duty().start()) && (o.checkedOut() == null || !o.checkedOut().isBefore(a.duty().end())));
    }
}
