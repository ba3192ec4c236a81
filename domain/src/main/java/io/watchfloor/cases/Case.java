package io.watchfloor.cases;

import io.watchfloor.cases.CaseEvent.CaseAccepted;
import io.watchfloor.cases.CaseEvent.CaseClosed;
import io.watchfloor.cases.CaseEvent.CaseDispatched;
import io.watchfloor.cases.CaseEvent.CaseParked;
import io.watchfloor.cases.CaseEvent.CaseRegistered;
import io.watchfloor.cases.CaseEvent.CaseResumed;
import io.watchfloor.cases.CaseEvent.CompletionReported;
import io.watchfloor.cases.CaseEvent.CoordinationResolved;
import io.watchfloor.cases.CaseEvent.CoordinationStarted;
import io.watchfloor.cases.CaseEvent.DispatchLimitMissed;
import io.watchfloor.cases.CaseEvent.ExistenceChecked;
import io.watchfloor.cases.CaseEvent.ExtensionApproved;
import io.watchfloor.cases.CaseEvent.ExtensionRequested;
import io.watchfloor.cases.CaseEvent.HandlingDeadlinePassed;
import io.watchfloor.cases.CaseEvent.LeaderSupervisionStarted;
import io.watchfloor.cases.CaseEvent.LinkedAsRepeat;
import io.watchfloor.cases.CaseEvent.ParkingRequested;
import io.watchfloor.cases.CaseEvent.ReminderOutcomeRecorded;
import io.watchfloor.cases.CaseEvent.ReminderRaised;
import io.watchfloor.cases.CaseEvent.RepeatReportAdded;
import io.watchfloor.cases.CaseEvent.ReportReceived;
import io.watchfloor.cases.CaseEvent.ReportRejected;
import io.watchfloor.cases.CaseEvent.RequestRefused;
import io.watchfloor.cases.CaseEvent.ReturnConfirmed;
import io.watchfloor.cases.CaseEvent.ReturnRefused;
import io.watchfloor.cases.CaseEvent.ReturnReported;
import io.watchfloor.cases.CaseEvent.ReturnRequested;
import io.watchfloor.cases.CaseEvent.SpecialCircumstanceDeclared;
import io.watchfloor.cases.CaseEvent.VerificationFailed;
import io.watchfloor.cases.CaseEvent.VerificationInstructed;
import io.watchfloor.people.DepartmentId;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.Location;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A case (案件), from the report that opened it to its closure. Its state is exactly what its
 * append-only history of {@link CaseEvent}s replays to ({@link #replay}); every method named after
 * what happens in the centre checks the rules, and returns the new case with the events it caused
 * ({@link Changed}). Before any transition, the clocks that ran out before it fire first
 * ({@link #fireDue}), each exactly once, with the deadline itself as the event's time: so the
 * state never depends on how often a scheduler looked.
 *
 * <p>A timer is due when the instant is strictly after its limit: a 15-minute limit from 14:45:00.000
 * is met by a dispatch at 15:00:00.000 and missed at 15:00:00.001.
 *
 * <p>The clocks ({@link #runningTimers()}):
 * <ul>
 * <li>dispatch limit (CASE-02) while registered and waiting for (re-)dispatch; a miss is recorded
 *     against the acceptor who registered it or, after a return, the dispatcher of the wrong dispatch (CASE-03);</li>
 * <li>acceptance chase (CASE-07) from dispatch until accepted, also while a return is pending;</li>
 * <li>deadline warning and handling deadline (CASE-10) from dispatch until closure, through a pending
 *     return and the verification, but not while parked (CASE-16) or in coordination (CASE-11);
 *     coordination and parking move them by exactly the time they stood still, counted as the
 *     category counts (CASE-17).</li>
 * </ul>
 * Because every transition first fires what fell due before it, and no transition starts a clock
 * whose limit has already passed, a history is always in time order.
 */
public final class Case {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'").withZone(ZoneOffset.UTC);

    /** One dispatch (派遣 / 改派): by whom, when, to which department, and whether within the limit. */
    public record Dispatch(PersonId by, Instant at, DepartmentId to, boolean onTime) {
    }

    /** A return that took effect: from which department, when, whether decided late (CASE-06), and who was at fault. */
    public record Return(DepartmentId from, Instant at, boolean late, PersonId responsible) {
    }

    /** One verification (核查): of which department's work, when, and whether it passed. */
    public record Verification(DepartmentId department, Instant at, boolean passed) {
    }

    /** The result of a transition: the case after it and the events it caused, in order. */
    public record Changed(Case state, List<CaseEvent> events) {
        public Changed {
            Objects.requireNonNull(state, "state");
            events = List.copyOf(events);
        }
    }

    /** A clock that is running: what it is for and when it falls due. */
    public record Timer(TimerKind kind, Instant due) {
    }

    /** The clocks of a case. */
    public enum TimerKind {
        /** CASE-02: registration (or confirmed return) to dispatch. */
        DISPATCH_LIMIT,
        /** CASE-07: dispatch to acceptance. */
        ACCEPTANCE,
        /** CASE-10: 80 % of the handling deadline. */
        DEADLINE_WARNING,
        /** CASE-10: the handling deadline. */
        HANDLING_DEADLINE
    }

    private final CaseId id;
    private final Version version;
    private final List<CaseEvent> history;
    private final State s;

    /** The mutable fold of a history; never exposed, copied for every transition. */
    private static final class State implements Cloneable {
        CaseStatus status;
        ReportSource source;
        String description;
        Location location;
        Instant receivedAt;
        PersonId receivedBy;
        boolean needsExistenceCheck;
        Boolean exists;
        String category;
        DepartmentId department;
        Instant registeredAt;
        PersonId registeredBy;
        Instant dispatchDue;
        boolean specialCircumstance;
        boolean dispatchLimitMissed;
        List<Dispatch> dispatches = List.of();
        Instant acceptanceChaseDue;
        boolean acceptanceChased;
        Instant acceptedAt;
        Instant returnWindowEnd;
        Instant lateReturnFrom;
        DepartmentId requestedDepartment;
        CaseStatus statusBeforeReturn;
        List<Return> returns = List.of();
        Instant originalDeadline;
        Instant handlingDeadline;
        Instant warningAt;
        boolean warningRaised;
        boolean deadlinePassed;
        List<Instant> breaches = List.of();
        Instant coordinationSince;
        Duration paused = Duration.ZERO;
        Instant parkedSince;
        Duration pendingExtension;
        boolean pendingParking;
        PersonId verifier;
        List<Verification> verifications = List.of();
        boolean lastVerificationFailed;
        Instant completedAt;
        Instant closedAt;
        boolean closedOnTime;
        boolean supervised;
        int repeats;
        CaseId repeatOf;
        List<Reminder> reminders = List.of();
        List<ErrorRecord> errors = List.of();
        String rejection;

        State copy() {
            try {
                return (State) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }

        Object[] key() {
            return new Object[] {status, source, description, location, receivedAt, receivedBy, needsExistenceCheck, exists,
                    category, department, registeredAt, registeredBy, dispatchDue, specialCircumstance, dispatchLimitMissed,
                    dispatches, acceptanceChaseDue, acceptanceChased, acceptedAt, returnWindowEnd, lateReturnFrom,
                    requestedDepartment, statusBeforeReturn, returns, originalDeadline, handlingDeadline, warningAt, warningRaised,
                    deadlinePassed, breaches, coordinationSince, paused, parkedSince, pendingExtension, pendingParking, verifier,
                    verifications, lastVerificationFailed, completedAt, closedAt, closedOnTime, supervised, repeats, repeatOf,
                    reminders, errors, rejection};
        }

        static <T> List<T> plus(List<T> list, T item) {
            List<T> more = new ArrayList<>(list.size() + 1);
            more.addAll(list);
            more.add(item);
            return Collections.unmodifiableList(more);
        }
    }

    private Case(CaseId id, Version version, List<CaseEvent> history, State s) {
        this.id = id;
        this.version = version;
        this.history = history;
        this.s = s;
    }

    // ---------------------------------------------------------------- replay

    /** The case its history replays to, with version {@code version}; the first event must be a {@link ReportReceived}. */
    public static Case replay(List<? extends CaseEvent> history, Version version) {
        if (history.isEmpty() || !(history.get(0) instanceof ReportReceived first)) {
            throw new IllegalArgumentException("a case's history starts with the report received");
        }
        Case c = new Case(first.caseId(), version, List.of(), new State());
        for (CaseEvent e : history) {
            if (!e.caseId().equals(first.caseId())) {
                throw new IllegalArgumentException("event of case " + e.caseId() + " in the history of " + first.caseId());
            }
            c = c.then(e);
        }
        return c;
    }

    /** Whether {@code other} is in the same state (history and version aside). */
    public boolean sameStateAs(Case other) {
        return id.equals(other.id) && Arrays.equals(s.key(), other.s.key());
    }

    private Case then(CaseEvent e) {
        State n = s.copy();
        apply(n, e);
        List<CaseEvent> more = new ArrayList<>(history.size() + 1);
        more.addAll(history);
        more.add(e);
        return new Case(id, version, Collections.unmodifiableList(more), n);
    }

    private static void apply(State n, CaseEvent event) {
        if (event instanceof ReportReceived e) {
            n.status = CaseStatus.RECEIVED;
            n.source = e.source();
            n.description = e.description();
            n.location = e.location();
            n.receivedAt = e.occurredAt();
            n.receivedBy = e.actor();
            n.needsExistenceCheck = e.needsExistenceCheck();
        } else if (event instanceof ExistenceChecked e) {
            n.exists = e.exists();
            if (!e.exists()) {
                n.status = CaseStatus.REJECTED;
                n.rejection = "the existence check found no problem: " + e.reason();
            }
        } else if (event instanceof ReportRejected e) {
            n.status = CaseStatus.REJECTED;
            n.rejection = e.reason();
        } else if (event instanceof CaseRegistered e) {
            n.status = CaseStatus.REGISTERED;
            n.category = e.category();
            n.department = e.department();
            n.registeredAt = e.occurredAt();
            n.registeredBy = e.actor();
            n.dispatchDue = e.dispatchDue();
            n.dispatchLimitMissed = false;
        } else if (event instanceof LinkedAsRepeat e) {
            n.status = CaseStatus.REPEAT;
            n.category = e.category();
            n.repeatOf = e.openCase();
        } else if (event instanceof RepeatReportAdded e) {
            n.repeats = e.repeats();
        } else if (event instanceof SpecialCircumstanceDeclared e) {
            n.specialCircumstance = true;
            n.dispatchDue = e.dispatchDue();
        } else if (event instanceof DispatchLimitMissed e) {
            n.dispatchLimitMissed = true;
            n.errors = State.plus(n.errors, new ErrorRecord(e.responsible(), e.caseId(), Fault.MISSED_DISPATCH_LIMIT, e.occurredAt()));
        } else if (event instanceof CaseDispatched e) {
            n.status = CaseStatus.DISPATCHED;
            n.department = e.department();
            n.dispatches = State.plus(n.dispatches, new Dispatch(e.actor(), e.occurredAt(), e.department(), e.onTime()));
            n.acceptanceChaseDue = e.acceptanceChaseDue();
            n.acceptanceChased = false;
            n.acceptedAt = null;
            n.returnWindowEnd = e.returnWindowEnd();
            n.lateReturnFrom = e.lateReturnFrom();
            n.originalDeadline = e.handlingDeadline();
            n.handlingDeadline = e.handlingDeadline();
            n.warningAt = e.warningAt();
            n.warningRaised = false;
            n.deadlinePassed = false;
        } else if (event instanceof CaseAccepted e) {
            n.status = CaseStatus.ACCEPTED;
            n.acceptedAt = e.occurredAt();
        } else if (event instanceof ReminderRaised e) {
            n.reminders = State.plus(n.reminders, Reminder.raised(e.reminder(), e.kind(), e.occurredAt()));
            switch (e.kind()) {
                case NOT_ACCEPTED -> n.acceptanceChased = true;
                case DEADLINE_NEAR -> n.warningRaised = true;
                case DEADLINE_PASSED -> { }
            }
        } else if (event instanceof HandlingDeadlinePassed e) {
            n.deadlinePassed = true;
            n.breaches = State.plus(n.breaches, e.occurredAt());
        } else if (event instanceof ReminderOutcomeRecorded e) {
            List<Reminder> updated = new ArrayList<>(n.reminders);
            updated.set(e.reminder() - 1, updated.get(e.reminder() - 1).withOutcome(e.actor(), e.occurredAt(), e.reached(), e.reason()));
            n.reminders = Collections.unmodifiableList(updated);
        } else if (event instanceof ReturnRequested e) {
            n.statusBeforeReturn = n.status;
            n.status = CaseStatus.RETURN_REQUESTED;
            n.requestedDepartment = e.rightDepartment();
        } else if (event instanceof ReturnReported e) {
            n.status = CaseStatus.RETURN_REPORTED;
        } else if (event instanceof ReturnConfirmed e) {
            n.returns = State.plus(n.returns, new Return(n.department, e.occurredAt(), e.late(), e.responsible()));
            n.errors = State.plus(n.errors, new ErrorRecord(e.responsible(), e.caseId(), e.fault(), e.occurredAt()));
            n.status = CaseStatus.REGISTERED;
            n.department = e.rightDepartment();
            n.requestedDepartment = null;
            n.statusBeforeReturn = null;
            n.dispatchDue = e.dispatchDue();
            n.specialCircumstance = false;
            n.dispatchLimitMissed = false;
            n.acceptedAt = null;
            n.handlingDeadline = null;
            n.originalDeadline = null;
            n.warningAt = null;
            // a request of the department that gave the case back lapses with the return (CASE-16)
            n.pendingExtension = null;
            n.pendingParking = false;
        } else if (event instanceof ReturnRefused e) {
            n.status = n.statusBeforeReturn;
            n.statusBeforeReturn = null;
            n.requestedDepartment = null;
        } else if (event instanceof CompletionReported e) {
            n.status = CaseStatus.COMPLETED;
            n.completedAt = e.occurredAt();
        } else if (event instanceof VerificationInstructed e) {
            n.status = CaseStatus.VERIFYING;
            n.verifier = e.supervisor();
        } else if (event instanceof CaseClosed e) {
            n.verifications = State.plus(n.verifications, new Verification(n.department, e.occurredAt(), true));
            n.status = CaseStatus.CLOSED;
            n.closedAt = e.occurredAt();
            n.closedOnTime = e.onTime();
            n.lastVerificationFailed = false;
            n.verifier = null;
        } else if (event instanceof VerificationFailed e) {
            n.verifications = State.plus(n.verifications, new Verification(n.department, e.occurredAt(), false));
            n.status = CaseStatus.ACCEPTED;
            n.lastVerificationFailed = true;
            n.verifier = null;
        } else if (event instanceof CoordinationStarted e) {
            n.coordinationSince = e.occurredAt();
        } else if (event instanceof CoordinationResolved e) {
            n.coordinationSince = null;
            n.paused = n.paused.plus(e.paused());
            n.warningAt = e.warningAt();
            n.handlingDeadline = e.handlingDeadline();
        } else if (event instanceof ExtensionRequested e) {
            n.pendingExtension = e.extra();
        } else if (event instanceof ExtensionApproved e) {
            n.pendingExtension = null;
            n.warningAt = e.warningAt();
            n.handlingDeadline = e.handlingDeadline();
            n.warningRaised = false;
            n.deadlinePassed = false;
        } else if (event instanceof ParkingRequested e) {
            n.pendingParking = true;
        } else if (event instanceof CaseParked e) {
            n.pendingParking = false;
            n.status = CaseStatus.PARKED;
            n.parkedSince = e.occurredAt();
        } else if (event instanceof CaseResumed e) {
            n.status = CaseStatus.ACCEPTED;
            n.parkedSince = null;
            n.paused = n.paused.plus(e.parked());
            n.warningAt = e.warningAt();
            n.handlingDeadline = e.handlingDeadline();
        } else if (event instanceof RequestRefused e) {
            n.pendingExtension = null;
            n.pendingParking = false;
        } else if (event instanceof LeaderSupervisionStarted e) {
            n.supervised = true;
        }
    }

    // ---------------------------------------------------------------- timers

    /** The clocks running now, earliest first (ties: in {@link TimerKind} order). */
    public List<Timer> runningTimers() {
        List<Timer> timers = new ArrayList<>(2);
        if (s.status == CaseStatus.REGISTERED && !s.dispatchLimitMissed) {
            timers.add(new Timer(TimerKind.DISPATCH_LIMIT, s.dispatchDue));
        }
        if (s.acceptedAt == null && !s.acceptanceChased && (s.status == CaseStatus.DISPATCHED
                || s.status == CaseStatus.RETURN_REQUESTED || s.status == CaseStatus.RETURN_REPORTED)) {
            timers.add(new Timer(TimerKind.ACCEPTANCE, s.acceptanceChaseDue));
        }
        if (s.status.handlingClockRuns() && s.coordinationSince == null && s.handlingDeadline != null) {
            if (!s.warningRaised && !s.deadlinePassed) {
                timers.add(new Timer(TimerKind.DEADLINE_WARNING, s.warningAt));
            }
            if (!s.deadlinePassed) {
                timers.add(new Timer(TimerKind.HANDLING_DEADLINE, s.handlingDeadline));
            }
        }
        timers.sort((a, b) -> a.due().equals(b.due()) ? a.kind().compareTo(b.kind()) : a.due().compareTo(b.due()));
        return timers;
    }

    /** When the next clock falls due, if any runs: what the repository indexes for {@code dueWork}. */
    public Optional<Instant> nextDeadline() {
        List<Timer> timers = runningTimers();
        return timers.isEmpty() ? Optional.empty() : Optional.of(timers.get(0).due());
    }

    /**
     * Fires every clock whose limit lies strictly before {@code now}, in order, each once, each event
     * carrying its limit as its time. Returns the case unchanged (and no events) when nothing is due.
     */
    public Changed fireDue(Instant now) {
        Case c = this;
        List<CaseEvent> fired = new ArrayList<>();
        while (true) {
            List<Timer> timers = c.runningTimers();
            if (timers.isEmpty() || !timers.get(0).due().isBefore(now)) {
                return new Changed(c, fired);
            }
            Timer t = timers.get(0);
            List<CaseEvent> events = c.timerEvents(t);
            for (CaseEvent e : events) {
                c = c.then(e);
                fired.add(e);
            }
        }
    }

    private List<CaseEvent> timerEvents(Timer t) {
        int next = s.reminders.size() + 1;
        return switch (t.kind()) {
            case DISPATCH_LIMIT -> {
                PersonId responsible = s.dispatches.isEmpty() ? s.registeredBy : s.dispatches.get(s.dispatches.size() - 1).by();
                yield List.of(new DispatchLimitMissed(id, null, t.due(), "CASE-02: not dispatched within the limit that ended "
                        + WHEN.format(t.due()), responsible));
            }
            case ACCEPTANCE -> List.of(new ReminderRaised(id, null, t.due(), "CASE-07: the department has not accepted the case dispatched "
                    + WHEN.format(lastDispatch().at()) + "; phone it", next, ReminderKind.NOT_ACCEPTED));
            case DEADLINE_WARNING -> List.of(new ReminderRaised(id, null, t.due(), "CASE-10: the handling deadline "
                    + WHEN.format(s.handlingDeadline) + " is near", next, ReminderKind.DEADLINE_NEAR));
            case HANDLING_DEADLINE -> List.of(
                    new HandlingDeadlinePassed(id, null, t.due(), "CASE-10: the handling deadline " + WHEN.format(t.due()) + " passed"),
                    new ReminderRaised(id, null, t.due(), "CASE-10: the handling deadline " + WHEN.format(t.due()) + " passed; chase the department",
                            next, ReminderKind.DEADLINE_PASSED));
        };
    }

    // ---------------------------------------------------------------- transitions

    private Changed act(Instant at, java.util.function.Function<Case, CaseEvent> transition) {
        Objects.requireNonNull(at, "at");
        if (!history.isEmpty() && at.isBefore(history.get(history.size() - 1).occurredAt())) {
            throw new IllegalArgumentException("case " + id + " was last changed at " + WHEN.format(history.get(history.size() - 1).occurredAt())
                    + "; a change at " + WHEN.format(at) + " would go back in time");
        }
        Changed caughtUp = fireDue(at);
        Case before = caughtUp.state();
        CaseEvent event = transition.apply(before);
        List<CaseEvent> events = new ArrayList<>(caughtUp.events());
        events.add(event);
        return new Changed(before.then(event), events);
    }

    private void require(String rule, String what, CaseStatus... allowed) {
        for (CaseStatus a : allowed) {
            if (s.status == a) {
                return;
            }
        }
        throw new RuleViolation(rule, "case " + id + " cannot " + what + " while it is " + s.status.name().toLowerCase().replace('_', ' ')
                + (s.status.isFinal() ? " (final: nothing changes it again)" : ""));
    }

    private void notFinal(String rule, String what) {
        if (s.status.isFinal()) {
            require(rule, what);
        }
    }

    private void notInCoordination(String what) {
        if (s.coordinationSince != null) {
            throw new RuleViolation("CASE-11", "case " + id + " cannot " + what + ": it is in a three-party coordination since "
                    + WHEN.format(s.coordinationSince) + " until the coordination is resolved");
        }
    }

    /** 受理 (CASE-01): a report taken in by an acceptor; {@code needsExistenceCheck} when its source needs 核实 first (CASE-17). */
    public static Changed receive(CaseId id, PersonId acceptor, Instant at, ReportSource source, String description, Location location,
                                  boolean needsExistenceCheck) {
        ReportReceived e = new ReportReceived(id, acceptor, at, "", source, description, location, needsExistenceCheck);
        Case c = new Case(id, Version.NEW, List.of(), new State()).then(e);
        return new Changed(c, List.of(e));
    }

    /** 核实 (CASE-17): the field check that the problem exists; a report found without a problem is rejected. */
    public Changed checkExistence(PersonId supervisor, Instant at, boolean problemExists, String note) {
        return act(at, c -> {
            c.require("CASE-17", "have its existence checked", CaseStatus.RECEIVED);
            if (!c.s.needsExistenceCheck) {
                throw new RuleViolation("CASE-17", "case " + id + " came from " + c.s.source.name().toLowerCase().replace('_', ' ')
                        + " and needs no existence check (核实)");
            }
            if (c.s.exists != null) {
                throw new RuleViolation("CASE-17", "the existence of case " + id + " was already checked");
            }
            return new ExistenceChecked(id, supervisor, at, note, problemExists);
        });
    }

    /** Rejects the report at intake, with a reason (CASE-01). */
    public Changed reject(PersonId acceptor, Instant at, String reason) {
        return act(at, c -> {
            c.require("CASE-01", "be rejected", CaseStatus.RECEIVED);
            return new ReportRejected(id, acceptor, at, reason);
        });
    }

    /** 立案 (CASE-01): registers in {@code category}, whose department will receive it; to be dispatched by {@code dispatchDue} (CASE-02). */
    public Changed register(PersonId acceptor, Instant at, String reason, CaseCategory category, Instant dispatchDue) {
        return act(at, c -> {
            c.requireRegistrable();
            return new CaseRegistered(id, acceptor, at, reason, category.code(), category.department(), dispatchDue);
        });
    }

    private void requireRegistrable() {
        require("CASE-01", "be registered", CaseStatus.RECEIVED);
        if (s.needsExistenceCheck && s.exists == null) {
            throw new RuleViolation("CASE-17", "case " + id + " came from " + s.source.name().toLowerCase().replace('_', ' ')
                    + " and needs the existence check (核实) by a field supervisor before registration");
        }
    }

    /** CASE-09: instead of registering, links the report to the open case {@code openCase} as a repeat report. */
    public Changed linkAsRepeat(PersonId acceptor, Instant at, CaseCategory category, CaseId openCase) {
        return act(at, c -> {
            c.requireRegistrable();
            return new LinkedAsRepeat(id, acceptor, at, "CASE-09: the same problem as open case " + openCase, category.code(), openCase);
        });
    }

    /** CASE-09: the open case was reported again by {@code repeatReport}. */
    public Changed addRepeat(PersonId acceptor, Instant at, CaseId repeatReport) {
        return act(at, c -> {
            if (c.s.status.isFinal() || c.s.status == CaseStatus.RECEIVED) {
                c.require("CASE-09", "take a repeat report");
            }
            return new RepeatReportAdded(id, acceptor, at, "CASE-09: reported again as " + repeatReport, repeatReport, c.s.repeats + 1);
        });
    }

    /** CASE-02: a special circumstance lifts this case's limit; refused once the normal limit was missed. */
    public Changed declareSpecialCircumstance(PersonId actor, Instant at, String reason, Instant liftedDue) {
        return act(at, c -> {
            c.require("CASE-02", "have its dispatch limit lifted", CaseStatus.REGISTERED);
            if (c.s.dispatchLimitMissed) {
                throw new RuleViolation("CASE-02", "the dispatch limit of case " + id + " already ended at " + WHEN.format(c.s.dispatchDue)
                        + "; a special circumstance must be recorded before it ends");
            }
            if (c.s.specialCircumstance) {
                throw new RuleViolation("CASE-02", "a special circumstance was already recorded for case " + id);
            }
            return new SpecialCircumstanceDeclared(id, actor, at, reason, liftedDue);
        });
    }

    /** The clocks a dispatch starts, computed by the caller from the policy and the department's calendar. */
    public record DispatchClocks(Instant acceptanceChaseDue, Instant returnWindowEnd, Instant lateReturnFrom, Instant warningAt,
                                 Instant handlingDeadline) {
        public DispatchClocks {
            Objects.requireNonNull(acceptanceChaseDue, "acceptanceChaseDue");
            Objects.requireNonNull(returnWindowEnd, "returnWindowEnd");
            Objects.requireNonNull(lateReturnFrom, "lateReturnFrom");
            Objects.requireNonNull(warningAt, "warningAt");
            Objects.requireNonNull(handlingDeadline, "handlingDeadline");
        }
    }

    /** 派遣 / 改派 (CASE-02, CASE-05): sends the case to its responsible department; on time when not after the limit. */
    public Changed dispatch(PersonId dispatcher, Instant at, String reason, DispatchClocks clocks) {
        return act(at, c -> {
            c.require("CASE-02", "be dispatched", CaseStatus.REGISTERED);
            boolean onTime = !at.isAfter(c.s.dispatchDue);
            return new CaseDispatched(id, dispatcher, at, reason, c.s.department, onTime, clocks.acceptanceChaseDue(),
                    clocks.returnWindowEnd(), clocks.lateReturnFrom(), clocks.warningAt(), clocks.handlingDeadline());
        });
    }

    /** The department accepts the dispatched case. */
    public Changed accept(PersonId staff, Instant at, String reason) {
        return act(at, c -> {
            c.require("CASE-07", "be accepted", CaseStatus.DISPATCHED);
            return new CaseAccepted(id, staff, at, reason);
        });
    }

    /** Records the outcome of reminder task {@code reminder} (CASE-07, CASE-10); each task's outcome is recorded once. */
    public Changed recordReminderOutcome(PersonId actor, Instant at, int reminder, boolean reached, String outcome) {
        return act(at, c -> {
            c.notFinal("CASE-07", "have a reminder's outcome recorded");
            if (reminder < 1 || reminder > c.s.reminders.size()) {
                throw new RuleViolation("CASE-07", "case " + id + " has no reminder task " + reminder + " (it has " + c.s.reminders.size() + ")");
            }
            Reminder r = c.s.reminders.get(reminder - 1);
            if (!r.isOpen()) {
                throw new RuleViolation("CASE-07", "the outcome of reminder " + reminder + " of case " + id + " was already recorded at "
                        + WHEN.format(r.outcomeAt()));
            }
            return new ReminderOutcomeRecorded(id, actor, at, outcome, reminder, reached);
        });
    }

    /** 回退 (CASE-05): the department asks to return the case within the window, naming the right department. */
    public Changed requestReturn(PersonId staff, Instant at, String reason, DepartmentId rightDepartment) {
        return act(at, c -> {
            c.require("CASE-05", "be returned", CaseStatus.DISPATCHED, CaseStatus.ACCEPTED);
            c.notInCoordination("be returned");
            if (at.isAfter(c.s.returnWindowEnd)) {
                throw new ReturnWindowClosed(id, c.s.returnWindowEnd, WHEN.format(c.s.returnWindowEnd));
            }
            if (rightDepartment.equals(c.s.department)) {
                throw new RuleViolation("CASE-05", "a return must name another department than the one holding case " + id);
            }
            return new ReturnRequested(id, staff, at, reason, rightDepartment);
        });
    }

    /** The shift leader reports the requested return to the centre head (CASE-05). */
    public Changed reportReturn(PersonId shiftLeader, Instant at, String reason) {
        return act(at, c -> {
            c.require("CASE-05", "have a return reported", CaseStatus.RETURN_REQUESTED);
            return new ReturnReported(id, shiftLeader, at, reason);
        });
    }

    /**
     * The centre head confirms the reported return (CASE-05): the case waits for re-dispatch to the
     * department named, by {@code dispatchDue}; {@code fault} is recorded against whoever registered or dispatched it (CASE-03).
     */
    public Changed confirmReturn(PersonId centreHead, Instant at, String reason, Fault fault, Instant dispatchDue) {
        return act(at, c -> {
            if (c.s.status == CaseStatus.RETURN_REQUESTED) {
                throw new RuleViolation("CASE-05", "the return of case " + id + " takes effect only after the shift leader has reported it");
            }
            c.require("CASE-05", "have a return confirmed", CaseStatus.RETURN_REPORTED);
            return new ReturnConfirmed(id, centreHead, at, reason, c.s.requestedDepartment, false, fault, c.responsibleFor(fault), dispatchDue);
        });
    }

    /** The centre head refuses the requested return; the department handles the case on (CASE-05). */
    public Changed refuseReturn(PersonId centreHead, Instant at, String reason) {
        return act(at, c -> {
            c.require("CASE-05", "have a return refused", CaseStatus.RETURN_REQUESTED, CaseStatus.RETURN_REPORTED);
            return new ReturnRefused(id, centreHead, at, reason);
        });
    }

    /**
     * CASE-06: after the window, only the centre head may still return a case, by a recorded decision
     * after consulting the department, once the department has held it over the late-return time.
     */
    public Changed decideLateReturn(PersonId centreHead, Instant at, String consultation, DepartmentId rightDepartment, Fault fault,
                                    Instant dispatchDue) {
        return act(at, c -> {
            c.require("CASE-06", "be returned late", CaseStatus.DISPATCHED, CaseStatus.ACCEPTED);
            c.notInCoordination("be returned");
            if (!at.isAfter(c.s.lateReturnFrom)) {
                throw new RuleViolation("CASE-06", "the department has held case " + id + " only until " + WHEN.format(at)
                        + "; a late return needs it held over the late-return time, until after " + WHEN.format(c.s.lateReturnFrom));
            }
            if (rightDepartment.equals(c.s.department)) {
                throw new RuleViolation("CASE-06", "a late return must name another department than the one holding case " + id);
            }
            return new ReturnConfirmed(id, centreHead, at, consultation, rightDepartment, true, fault, c.responsibleFor(fault), dispatchDue);
        });
    }

    private PersonId responsibleFor(Fault fault) {
        return fault == Fault.WRONG_REGISTRATION ? s.registeredBy : lastDispatch().by();
    }

    /** The department reports completion (CASE-08). */
    public Changed reportCompletion(PersonId staff, Instant at, String report) {
        return act(at, c -> {
            c.require("CASE-08", "report completion", CaseStatus.ACCEPTED);
            c.notInCoordination("report completion");
            return new CompletionReported(id, staff, at, report);
        });
    }

    /** The dispatcher reviews the completion and instructs a field supervisor to verify it (核查, CASE-08). */
    public Changed instructVerification(PersonId dispatcher, Instant at, String reason, PersonId supervisor) {
        return act(at, c -> {
            c.require("CASE-08", "be sent for verification", CaseStatus.COMPLETED);
            c.notInCoordination("be sent for verification");
            return new VerificationInstructed(id, dispatcher, at, reason, supervisor);
        });
    }

    /** The instructed supervisor records the verification: passed closes the case, failed sends it back as rework (CASE-08). */
    public Changed recordVerification(PersonId supervisor, Instant at, boolean passed, String note) {
        return act(at, c -> {
            c.require("CASE-08", "have a verification recorded", CaseStatus.VERIFYING);
            c.notInCoordination("have a verification recorded");
            if (!supervisor.equals(c.s.verifier)) {
                throw new RuleViolation("CASE-08", "the verification of case " + id + " was given to another field supervisor, " + c.s.verifier);
            }
            if (passed) {
                Instant sent = c.lastDispatch().at();
                boolean breached = c.s.breaches.stream().anyMatch(b -> b.isAfter(sent));
                return new CaseClosed(id, supervisor, at, note, !at.isAfter(c.s.handlingDeadline) && !breached);
            }
            return new VerificationFailed(id, supervisor, at, note, c.reworks() + 1);
        });
    }

    /** CASE-11: force majeure puts the case into a three-party coordination; its deadline clock stops. */
    public Changed startCoordination(PersonId actor, Instant at, String reason) {
        return act(at, c -> {
            c.require("CASE-11", "go into coordination", CaseStatus.ACCEPTED, CaseStatus.COMPLETED, CaseStatus.VERIFYING);
            if (c.s.coordinationSince != null) {
                throw new RuleViolation("CASE-11", "case " + id + " is already in coordination since " + WHEN.format(c.s.coordinationSince));
            }
            return new CoordinationStarted(id, actor, at, reason);
        });
    }

    /** CASE-11: the coordination is resolved; the caller moved the clocks by exactly the paused time. */
    public Changed resolveCoordination(PersonId centreParty, PersonId departmentParty, PersonId supervisionParty, Instant at,
                                       String resolution, Duration paused, Instant warningAt, Instant handlingDeadline) {
        return act(at, c -> {
            if (c.s.coordinationSince == null) {
                throw new RuleViolation("CASE-11", "case " + id + " is not in coordination");
            }
            return new CoordinationResolved(id, centreParty, at, resolution, departmentParty, supervisionParty, paused, warningAt, handlingDeadline);
        });
    }

    /** 延期 (CASE-16): the department asks for more time, with a reason. */
    public Changed requestExtension(PersonId staff, Instant at, String reason, Duration extra) {
        return act(at, c -> {
            c.require("CASE-16", "be extended", CaseStatus.DISPATCHED, CaseStatus.ACCEPTED);
            c.noPendingRequest();
            return new ExtensionRequested(id, staff, at, reason, extra);
        });
    }

    /** 挂账 (CASE-16): the department asks for the case to be parked, with a reason. */
    public Changed requestParking(PersonId staff, Instant at, String reason) {
        return act(at, c -> {
            c.require("CASE-16", "be parked", CaseStatus.ACCEPTED);
            c.notInCoordination("be parked");
            c.noPendingRequest();
            return new ParkingRequested(id, staff, at, reason);
        });
    }

    private void noPendingRequest() {
        if (s.pendingExtension != null || s.pendingParking) {
            throw new RuleViolation("CASE-16", "case " + id + " already has a request waiting for the shift leader");
        }
    }

    /** The shift leader approves the pending extension; the caller computed the new clocks (CASE-16). */
    public Changed approveExtension(PersonId shiftLeader, Instant at, String reason, Instant warningAt, Instant handlingDeadline) {
        return act(at, c -> {
            c.notFinal("CASE-16", "be extended");
            if (c.s.pendingExtension == null) {
                throw new RuleViolation("CASE-16", "case " + id + " has no extension request to approve");
            }
            if (!handlingDeadline.isAfter(at)) {
                throw new RuleViolation("CASE-16", "the extension of case " + id + " would end at " + WHEN.format(handlingDeadline)
                        + ", which has already passed; ask for more time");
            }
            return new ExtensionApproved(id, shiftLeader, at, reason, warningAt, handlingDeadline);
        });
    }

    /** The shift leader approves the pending parking request (CASE-16). */
    public Changed approveParking(PersonId shiftLeader, Instant at, String reason) {
        return act(at, c -> {
            if (!c.s.pendingParking) {
                throw new RuleViolation("CASE-16", "case " + id + " has no parking request to approve");
            }
            c.require("CASE-16", "be parked", CaseStatus.ACCEPTED);
            return new CaseParked(id, shiftLeader, at, reason);
        });
    }

    /** The shift leader refuses the pending extension or parking request (CASE-16). */
    public Changed refuseRequest(PersonId shiftLeader, Instant at, String reason) {
        return act(at, c -> {
            c.notFinal("CASE-16", "have a request refused");
            if (c.s.pendingExtension == null && !c.s.pendingParking) {
                throw new RuleViolation("CASE-16", "case " + id + " has no request waiting for the shift leader");
            }
            return new RequestRefused(id, shiftLeader, at, reason);
        });
    }

    /** The shift leader takes the case out of parking; the caller moved the clocks by the parked time (CASE-16). */
    public Changed resume(PersonId shiftLeader, Instant at, String reason, Duration parked, Instant warningAt, Instant handlingDeadline) {
        return act(at, c -> {
            c.require("CASE-16", "be resumed", CaseStatus.PARKED);
            return new CaseResumed(id, shiftLeader, at, reason, parked, warningAt, handlingDeadline);
        });
    }

    /** 领导督办 (CASE-12): a leader supervises the case personally. */
    public Changed superviseAsLeader(PersonId leader, Instant at, String reason) {
        return act(at, c -> {
            if (c.s.status.isFinal() || c.s.status == CaseStatus.RECEIVED) {
                c.require("CASE-12", "be supervised by a leader");
            }
            if (c.s.supervised) {
                throw new RuleViolation("CASE-12", "case " + id + " is already supervised by a leader");
            }
            return new LeaderSupervisionStarted(id, leader, at, reason);
        });
    }

    // ---------------------------------------------------------------- reading

    public CaseId id() {
        return id;
    }

    public Version version() {
        return version;
    }

    /** The same case as stored at {@code stored}; used by repository adapters only. */
    public Case withVersion(Version stored) {
        return new Case(id, stored, history, s);
    }

    /** Every transition so far, oldest first (CASE-13). */
    public List<CaseEvent> history() {
        return history;
    }

    public CaseStatus status() {
        return s.status;
    }

    public ReportSource source() {
        return s.source;
    }

    public String description() {
        return s.description;
    }

    public Location location() {
        return s.location;
    }

    public Instant receivedAt() {
        return s.receivedAt;
    }

    public PersonId receivedBy() {
        return s.receivedBy;
    }

    /** Whether the existence check (核实) is required before registration (CASE-17). */
    public boolean needsExistenceCheck() {
        return s.needsExistenceCheck;
    }

    /** The result of the existence check, if it was done. */
    public Optional<Boolean> existenceConfirmed() {
        return Optional.ofNullable(s.exists);
    }

    /** The category code, once registered (or linked as a repeat). */
    public Optional<String> category() {
        return Optional.ofNullable(s.category);
    }

    /** The department responsible now, once registered. */
    public Optional<DepartmentId> department() {
        return Optional.ofNullable(s.department);
    }

    public Optional<Instant> registeredAt() {
        return Optional.ofNullable(s.registeredAt);
    }

    public Optional<PersonId> registeredBy() {
        return Optional.ofNullable(s.registeredBy);
    }

    /** The limit of the dispatch the case waits for, once registered. */
    public Optional<Instant> dispatchDue() {
        return Optional.ofNullable(s.dispatchDue);
    }

    public boolean specialCircumstance() {
        return s.specialCircumstance;
    }

    /** Every dispatch, oldest first. */
    public List<Dispatch> dispatches() {
        return s.dispatches;
    }

    /** The latest dispatch; throws when there was none. */
    public Dispatch lastDispatch() {
        if (s.dispatches.isEmpty()) {
            throw new IllegalStateException("case " + id + " was never dispatched");
        }
        return s.dispatches.get(s.dispatches.size() - 1);
    }

    public Optional<Instant> acceptedAt() {
        return Optional.ofNullable(s.acceptedAt);
    }

    /** Until when the department may ask to return the case (CASE-05), while dispatched. */
    public Optional<Instant> returnWindowEnd() {
        return Optional.ofNullable(s.returnWindowEnd);
    }

    /** After when the centre head may decide a late return (CASE-06), while dispatched. */
    public Optional<Instant> lateReturnFrom() {
        return Optional.ofNullable(s.lateReturnFrom);
    }

    /** The department a pending return names. */
    public Optional<DepartmentId> requestedDepartment() {
        return Optional.ofNullable(s.requestedDepartment);
    }

    /** Every return that took effect. */
    public List<Return> returns() {
        return s.returns;
    }

    /** The handling deadline in force (moved by coordination, parking and extensions). */
    public Optional<Instant> handlingDeadline() {
        return Optional.ofNullable(s.handlingDeadline);
    }

    /** The deadline set at the latest dispatch, kept whatever extensions followed (CASE-16). */
    public Optional<Instant> originalDeadline() {
        return Optional.ofNullable(s.originalDeadline);
    }

    public Optional<Instant> warningAt() {
        return Optional.ofNullable(s.warningAt);
    }

    /** Whether the handling deadline in force has passed. */
    public boolean deadlinePassed() {
        return s.deadlinePassed;
    }

    /** Whether the warning for the handling deadline in force was raised. */
    public boolean warningRaised() {
        return s.warningRaised;
    }

    /** Every handling deadline that passed, for good (CASE-10, CASE-16). */
    public List<Instant> breaches() {
        return s.breaches;
    }

    /** Since when the case is in coordination (CASE-11), if it is. */
    public Optional<Instant> coordinationSince() {
        return Optional.ofNullable(s.coordinationSince);
    }

    /** The time the clock stood still for coordination and parking, counted as the category counts. */
    public Duration paused() {
        return s.paused;
    }

    public Optional<Instant> parkedSince() {
        return Optional.ofNullable(s.parkedSince);
    }

    /** The extension asked for and waiting for the shift leader; a confirmed return lets it lapse (CASE-16). */
    public Optional<Duration> pendingExtension() {
        return Optional.ofNullable(s.pendingExtension);
    }

    public boolean pendingParking() {
        return s.pendingParking;
    }

    /** The field supervisor instructed to verify, while verifying. */
    public Optional<PersonId> verifier() {
        return Optional.ofNullable(s.verifier);
    }

    public List<Verification> verifications() {
        return s.verifications;
    }

    /** How many times it was sent back as rework (CASE-08). */
    public int reworks() {
        return (int) s.verifications.stream().filter(v -> !v.passed()).count();
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(s.completedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(s.closedAt);
    }

    /**
     * Whether it closed by the handling deadline then in force, and no deadline of its last dispatch
     * had passed before: an extension approved after a breach does not make the case on time (CASE-16).
     */
    public boolean closedOnTime() {
        return s.closedOnTime;
    }

    public boolean supervisedByLeader() {
        return s.supervised;
    }

    /** How many repeat reports were linked to it (CASE-09). */
    public int repeats() {
        return s.repeats;
    }

    /** The open case this report repeats, when linked as a repeat. */
    public Optional<CaseId> repeatOf() {
        return Optional.ofNullable(s.repeatOf);
    }

    public List<Reminder> reminders() {
        return s.reminders;
    }

    /** Every error record this case caused (CASE-03). */
    public List<ErrorRecord> errors() {
        return s.errors;
    }

    public Optional<String> rejection() {
        return Optional.ofNullable(s.rejection);
    }

    /** Why it is a hard case now (CASE-12); empty when it is not. */
    public Set<HardCaseReason> hardCaseReasons() {
        if (s.status.isFinal() || s.status == CaseStatus.RECEIVED) {
            return Set.of();
        }
        Set<HardCaseReason> reasons = EnumSet.noneOf(HardCaseReason.class);
        if (s.lastVerificationFailed) {
            reasons.add(HardCaseReason.VERIFICATION_FAILED);
        }
        if (s.supervised) {
            reasons.add(HardCaseReason.LEADER_SUPERVISED);
        }
        if (s.status == CaseStatus.RETURN_REQUESTED || s.status == CaseStatus.RETURN_REPORTED) {
            reasons.add(HardCaseReason.AWAITING_RETURN);
        }
        return Collections.unmodifiableSet(reasons);
    }

    /** Whether it is still open: registered and neither closed nor final. */
    public boolean isOpen() {
        return !s.status.isFinal() && s.status != CaseStatus.RECEIVED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Case other && other.version.equals(version) && other.history.equals(history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, history.size());
    }

    @Override
    public String toString() {
        return "Case[" + id + " " + s.status + " v" + version.value() + ", " + history.size() + " transitions]";
    }
}
