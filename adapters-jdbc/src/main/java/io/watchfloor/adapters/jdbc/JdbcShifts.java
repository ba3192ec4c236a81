package io.watchfloor.adapters.jdbc;

import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.UuidV7;
import io.watchfloor.shifts.Attendance;
import io.watchfloor.shifts.CleaningRecord;
import io.watchfloor.shifts.DutyLogEntry;
import io.watchfloor.shifts.DutyLogEntryId;
import io.watchfloor.shifts.Handover;
import io.watchfloor.shifts.HandoverId;
import io.watchfloor.shifts.LeaveRequest;
import io.watchfloor.shifts.LeaveRequestId;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaId;
import io.watchfloor.shifts.WatchTour;
import io.watchfloor.people.PersonId;
import io.watchfloor.shifts.port.out.Attendances;
import io.watchfloor.shifts.port.out.CleaningRecords;
import io.watchfloor.shifts.port.out.DutyLog;
import io.watchfloor.shifts.port.out.Handovers;
import io.watchfloor.shifts.port.out.LeaveRequests;
import io.watchfloor.shifts.port.out.Rotas;
import io.watchfloor.shifts.port.out.WatchTours;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The shifts context's stores over their tables ({@code wf_rotas}, {@code wf_attendances},
 * {@code wf_handovers}, {@code wf_leave_requests}, {@code wf_watch_tours},
 * {@code wf_cleaning_records}, {@code wf_duty_log}), one small class each.
 */
public final class JdbcShifts {

    private JdbcShifts() {
    }

    /** Rotas, found by the period they cover. */
    public static final class JdbcRotas implements Rotas {
        private final DocumentTable<Rota> table;

        /** Rotas in the database of {@code transactions}. */
        public JdbcRotas(JdbcTransactions transactions) {
            this.table = new DocumentTable<>(transactions, "wf_rotas", "rota", Rota.class, Rota::id, Rota::version,
                    (r, v) -> new Rota(r.id(), r.policy(), r.firstDay(), r.weeks(), r.status(), r.assignments(), v),
                    Columns.of(Rota.class)
                            .add("horizon_start", r -> r.horizon().start())
                            .add("horizon_end", r -> r.horizon().end()));
        }

        @Override
        public Rota save(Rota rota) {
            return table.save(rota);
        }

        @Override
        public Optional<Rota> find(RotaId id) {
            return table.find(id);
        }

        /** Rotas whose horizon overlaps {@code range}, by first day ({@code horizon_start}) then id. */
        @Override
        public List<Rota> overlapping(TimeRange range) {
            return table.where("horizon_start < ? AND horizon_end > ?", "horizon_start, id", range.end(), range.start());
        }
    }

    /** Check-ins and check-outs. */
    public static final class JdbcAttendances implements Attendances {
        private final DocumentTable<Attendance> table;

        /** Attendance in the database of {@code transactions}. */
        public JdbcAttendances(JdbcTransactions transactions) {
            this.table = new DocumentTable<>(transactions, "wf_attendances", "attendance", Attendance.class,
                    Attendance::id, Attendance::version,
                    (a, v) -> new Attendance(a.id(), a.rota(), a.person(), a.post(), a.duty(), a.checkedIn(), a.arrival(),
                            a.checkedOut(), a.leftEarly(), a.extendedSince(), v),
                    Columns.of(Attendance.class)
                            .add("person", Attendance::person)
                            .add("duty_start", a -> a.duty().start())
                            .add("duty_end", a -> a.duty().end())
                            .add("is_open", Attendance::isOpen)
                            .add("checked_in", Attendance::checkedIn));
        }

        @Override
        public Attendance save(Attendance attendance) {
            return table.save(attendance);
        }

        @Override
        public Optional<Attendance> find(PersonId person, Instant dutyStart) {
            return table.where("person = ? AND duty_start = ?", "checked_in, id", person, dutyStart).stream().findFirst();
        }

        @Override
        public List<Attendance> open() {
            return table.where("is_open = ?", "checked_in, id", true);
        }

        @Override
        public List<Attendance> during(TimeRange range) {
            return table.where("duty_start < ? AND duty_end > ?", "duty_start, person", range.end(), range.start());
        }
    }

    /** Handovers between shifts. */
    public static final class JdbcHandovers implements Handovers {
        private static final String ORDER = "boundary, post, id";
        private final DocumentTable<Handover> table;

        /** Handovers in the database of {@code transactions}. */
        public JdbcHandovers(JdbcTransactions transactions) {
            this.table = new DocumentTable<>(transactions, "wf_handovers", "handover", Handover.class, Handover::id,
                    Handover::version,
                    (h, v) -> new Handover(h.id(), h.post(), h.boundary(), h.outgoing(), h.incoming(), h.situation(),
                            h.openCases(), h.incidents(), h.instructions(), h.faultyDevices(), h.equipment(),
                            h.outgoingSigned(), h.discrepancies(), h.incomingSigned(), v),
                    Columns.of(Handover.class).add("boundary", Handover::boundary).add("post", Handover::post));
        }

        @Override
        public Handover save(Handover handover) {
            return table.save(handover);
        }

        @Override
        public Optional<Handover> find(HandoverId id) {
            return table.find(id);
        }

        @Override
        public List<Handover> at(Instant boundary) {
            return table.where("boundary = ?", ORDER, boundary);
        }

        @Override
        public List<Handover> between(Instant from, Instant to) {
            return table.where("boundary >= ? AND boundary < ?", ORDER, from, to);
        }
    }

    /** Leave requests. */
    public static final class JdbcLeaveRequests implements LeaveRequests {
        private static final String ORDER = "period_start, id";
        private final DocumentTable<LeaveRequest> table;

        /** Leave requests in the database of {@code transactions}. */
        public JdbcLeaveRequests(JdbcTransactions transactions) {
            this.table = new DocumentTable<>(transactions, "wf_leave_requests", "leave request", LeaveRequest.class,
                    LeaveRequest::id, LeaveRequest::version,
                    (r, v) -> new LeaveRequest(r.id(), r.person(), r.period(), r.reason(), r.requestedAt(), r.status(),
                            r.decidedBy(), v),
                    Columns.of(LeaveRequest.class)
                            .add("person", LeaveRequest::person)
                            .add("period_start", r -> r.period().start())
                            .add("approved", LeaveRequest::isApproved));
        }

        @Override
        public LeaveRequest save(LeaveRequest request) {
            return table.save(request);
        }

        @Override
        public Optional<LeaveRequest> find(LeaveRequestId id) {
            return table.find(id);
        }

        @Override
        public List<LeaveRequest> of(PersonId person) {
            return table.where("person = ?", ORDER, person);
        }

        @Override
        public List<LeaveRequest> approved() {
            return table.where("approved = ?", ORDER, true);
        }
    }

    /** Watch tours (records with no id of their own: the adapter gives each row one). */
    public static final class JdbcWatchTours implements WatchTours {
        private final DocumentTable<WatchTour> table;

        /** Watch tours in the database of {@code transactions}. */
        public JdbcWatchTours(JdbcTransactions transactions) {
            this.table = DocumentTable.records(transactions, "wf_watch_tours", "watch tour", WatchTour.class,
                    tour -> UuidV7.next(), Columns.of(WatchTour.class).add("happened_at", WatchTour::at));
        }

        @Override
        public void add(WatchTour tour) {
            table.append(tour);
        }

        @Override
        public List<WatchTour> during(TimeRange range) {
            return table.where("happened_at >= ? AND happened_at < ?", "happened_at, id", range.start(), range.end());
        }
    }

    /** Cleaning records, one per shift. */
    public static final class JdbcCleaningRecords implements CleaningRecords {
        private final DocumentTable<CleaningRecord> table;

        /** Cleaning records in the database of {@code transactions}. */
        public JdbcCleaningRecords(JdbcTransactions transactions) {
            this.table = DocumentTable.records(transactions, "wf_cleaning_records", "cleaning record",
                    CleaningRecord.class, record -> UuidV7.next(), Columns.of(CleaningRecord.class)
                            .add("shift_start", r -> r.shift().start())
                            .add("shift_end", r -> r.shift().end()));
        }

        /** Adds the shift's record; a second one for the same shift is a {@link io.watchfloor.shared.ConcurrentModification}. */
        @Override
        public void add(CleaningRecord record) {
            table.append(record);
        }

        @Override
        public Optional<CleaningRecord> of(TimeRange shift) {
            return table.where("shift_start = ? AND shift_end = ?", "id", shift.start(), shift.end()).stream().findFirst();
        }

        @Override
        public List<CleaningRecord> during(TimeRange range) {
            return table.where("shift_start >= ? AND shift_start < ?", "shift_start, id", range.start(), range.end());
        }
    }

    /**
     * The duty log: append-only (the database itself refuses UPDATE and DELETE on PostgreSQL and
     * MariaDB) and numbered without gaps: each append locks the log's head row for its number, so
     * concurrent appends queue and an undone one gives its number back.
     */
    public static final class JdbcDutyLog implements DutyLog {
        private final JdbcTransactions transactions;
        private final DocumentTable<DutyLogEntry> table;

        /** The duty log in the database of {@code transactions}. */
        public JdbcDutyLog(JdbcTransactions transactions) {
            this.transactions = transactions;
            this.table = DocumentTable.records(transactions, "wf_duty_log", "duty log entry", DutyLogEntry.class,
                    DutyLogEntry::id, Columns.of(DutyLogEntry.class)
                            .add("sequence", DutyLogEntry::sequence)
                            .add("happened_at", DutyLogEntry::at));
        }

        @Override
        public DutyLogEntry append(DutyLogEntry entry) {
            return transactions.inTransaction(() -> {
                if (find(entry.id()).isPresent()) {
                    throw new io.watchfloor.shared.ConcurrentModification(
                            "duty log entry " + entry.id() + " was already appended");
                }
                DutyLogEntry numbered = entry.numbered(nextSequence());
                table.append(numbered);
                return numbered;
            });
        }

        private long nextSequence() {
            return transactions.withConnection("numbering a duty log entry", c -> {
                try (var bump = c.prepareStatement(
                        "UPDATE wf_duty_log_head SET last_sequence = last_sequence + 1 WHERE name = 'duty log'")) {
                    bump.executeUpdate();
                }
                try (var read = c.prepareStatement("SELECT last_sequence FROM wf_duty_log_head WHERE name = 'duty log'");
                     ResultSet rows = read.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            });
        }

        @Override
        public Optional<DutyLogEntry> find(DutyLogEntryId id) {
            return table.find(id);
        }

        @Override
        public List<DutyLogEntry> during(TimeRange range) {
            return table.where("happened_at >= ? AND happened_at < ?", "sequence", range.start(), range.end());
        }

        @Override
        public long size() {
            return table.count();
        }
    }
}
