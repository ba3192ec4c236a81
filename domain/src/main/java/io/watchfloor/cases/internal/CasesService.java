package io.watchfloor.cases.internal;

import io.watchfloor.cases.Appraisal;
import io.watchfloor.cases.Case;
import io.watchfloor.cases.CaseCategory;
import io.watchfloor.cases.CaseEvent;
import io.watchfloor.cases.CasePolicy;
import io.watchfloor.cases.CasesEvent;
import io.watchfloor.cases.DueWork;
import io.watchfloor.cases.ErrorRecord;
import io.watchfloor.cases.HardCase;
import io.watchfloor.cases.HardCaseReason;
import io.watchfloor.cases.Incident;
import io.watchfloor.cases.TimeBasis;
import io.watchfloor.cases.port.in.AppraiseStaff;
import io.watchfloor.cases.port.in.ApproveRequest;
import io.watchfloor.cases.port.in.ChaseCase;
import io.watchfloor.cases.port.in.CoordinateCase;
import io.watchfloor.cases.port.in.DispatchCase;
import io.watchfloor.cases.port.in.FindCases;
import io.watchfloor.cases.port.in.HandleCase;
import io.watchfloor.cases.port.in.ReceiveReport;
import io.watchfloor.cases.port.in.RecordIncident;
import io.watchfloor.cases.port.in.RegisterCase;
import io.watchfloor.cases.port.in.ReturnCase;
import io.watchfloor.cases.port.in.RunDueWork;
import io.watchfloor.cases.port.in.VerifyCase;
import io.watchfloor.cases.port.out.Cases;
import io.watchfloor.cases.port.out.ContingencyPlanGateway;
import io.watchfloor.cases.port.out.ErrorRecords;
import io.watchfloor.cases.port.out.Incidents;
import io.watchfloor.cases.port.out.Vicinity;
import io.watchfloor.people.Department;
import io.watchfloor.people.DepartmentId;
import io.watchfloor.people.DepartmentKind;
import io.watchfloor.people.EscalationChain;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.in.FindEscalationTarget;
import io.watchfloor.people.port.out.Departments;
import io.watchfloor.people.port.out.People;
import io.watchfloor.shared.Bounds;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.CommandValidation;
import io.watchfloor.shared.DomainEvent;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.UnitOfWork;
import io.watchfloor.shared.WorkingCalendar;
import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/** The case and incident use cases over the {@link Cases}, {@link ErrorRecords} and {@link Incidents} ports. */
public final class CasesService implements ReceiveReport, RegisterCase, DispatchCase, HandleCase, ReturnCase, ChaseCase, VerifyCase,
        CoordinateCase, ApproveRequest, RunDueWork, FindCases, AppraiseStaff, RecordIncident {

    private static final int BATCH = 500;
    private static final Set<Role> CENTRE_STAFF = Set.of(Role.DISPATCHER, Role.SHIFT_LEADER, Role.OPERATOR, Role.ACCEPTOR, Role.CENTRE_HEAD);

    private final Cases cases;
    private final ErrorRecords errors;
    private final Incidents incidents;
    private final People people;
    private final Departments departments;
    private final FindEscalationTarget escalation;
    private final ContingencyPlanGateway plans;
    private final EventSink events;
    private final Transactions transactions;
    private final Clock clock;
    private final CommandValidation validation;
    private final CasePolicy policy;

    public CasesService(Cases cases, ErrorRecords errors, Incidents incidents, People people, Departments departments,
                        FindEscalationTarget escalation, ContingencyPlanGateway plans, UnitOfWork unit, Clock clock, CasePolicy policy) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.people = Objects.requireNonNull(people, "people");
        this.departments = Objects.requireNonNull(departments, "departments");
        this.escalation = Objects.requireNonNull(escalation, "escalation");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.events = unit.events();
        this.transactions = Objects.requireNonNull(unit, "unit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.validation = unit.validation();
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    // ------------------------------------------------------------ plumbing

    /** Runs {@code work} through the runtime's one unit of work: its events go out after it commits. */
    private <T> T unit(java.util.function.Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    /** Buffers {@code event} in the unit of work it belongs to. */
    private void publish(DomainEvent event) {
        events.publish(event);
    }

    private Person actor(PersonId id, Role role, String what) {
        Person p = people.get(id);
        p.requireRole(role, what);
        return p;
    }

    private Person actorAnyOf(PersonId id, Set<Role> roles, String what) {
        Person p = people.get(id);
        p.requireAnyRole(roles, what);
        return p;
    }

    private Person departmentStaff(PersonId id, Case c, String what) {
        Person p = actor(id, Role.DEPARTMENT_STAFF, what);
        DepartmentId holding = c.department().orElse(null);
        if (holding == null || !p.departmentId().map(holding::equals).orElse(false)) {
            throw new RuleViolation("PEOPLE-01", p.name() + " may not " + what + ": they are not staff of the department holding case " + c.id());
        }
        return p;
    }

    /** Loads the case, applies the change, stores it, publishes what it caused; all in one unit of work. */
    private Case change(CaseId id, BiFunction<Case, Instant, Case.Changed> transition) {
        return unit(() -> {
            Case before = cases.get(id);
            Instant now = clock.instant();
            Case.Changed changed = transition.apply(before, now);
            return store(before, changed, now);
        });
    }

    private Case store(Case before, Case.Changed changed, Instant now) {
        Case stored = cases.save(changed.state());
        for (CaseEvent e : changed.events()) {
            publish(e);
            if (e instanceof CaseEvent.DispatchLimitMissed missed) {
                recordError(new ErrorRecord(missed.responsible(), missed.caseId(), io.watchfloor.cases.Fault.MISSED_DISPATCH_LIMIT, missed.occurredAt()));
            } else if (e instanceof CaseEvent.ReturnConfirmed confirmed) {
                recordError(new ErrorRecord(confirmed.responsible(), confirmed.caseId(), confirmed.fault(), confirmed.occurredAt()));
            }
        }
        Set<HardCaseReason> was = before == null ? Set.of() : before.hardCaseReasons();
        Set<HardCaseReason> is = stored.hardCaseReasons();
        if (!was.containsAll(is)) {
            publish(new CasesEvent.HardCaseReported(stored.id(), is, escalation.at(now).first().orElse(null), now));
        }
        return stored;
    }

    /**
     * CASE-03 and CASE-04: keeps the record; two or more in a rolling window escalate to a superior.
     * A timer's record carries its deadline, so it may be dated before records kept earlier: every
     * window {@code (end - errorWindow, end]} that holds the new record is checked, not only the one
     * ending at it, and the escalation is dated at the end of the first window that reaches the count.
     */
    private void recordError(ErrorRecord record) {
        errors.append(record);
        Duration width = policy.errorWindow();
        List<ErrorRecord> around = errors.against(record.person(), record.at().minus(width), record.at().plus(width).minusNanos(1));
        for (ErrorRecord last : around) {
            Instant end = last.at();
            if (end.isBefore(record.at())) {
                continue;
            }
            List<ErrorRecord> window = around.stream().filter(r -> r.at().isAfter(end.minus(width)) && !r.at().isAfter(end)).toList();
            if (window.size() >= policy.errorsToEscalate()) {
                EscalationChain chain = escalation.at(end);
                PersonId superior = chain.inOrder().stream().filter(p -> !p.equals(record.person())).findFirst().orElse(null);
                publish(new CasesEvent.ErrorsEscalated(record.person(), window.size(), window, superior, end));
                return;
            }
        }
    }

    /** The department a case is returned to must exist and be a responsible department that handles cases. */
    private void requireResponsible(DepartmentId id, String rule) {
        Department d = departments.get(id);
        if (d.kind() != DepartmentKind.RESPONSIBLE) {
            throw new RuleViolation(rule, d.name() + " is not a responsible department that handles cases; name the department the case belongs to");
        }
    }

    private CaseCategory category(Case c) {
        String code = c.category().orElseThrow(() -> new IllegalStateException("case " + c.id() + " has no category"));
        return policy.category(code).orElseThrow(() -> new NotFound("category", code));
    }

    /** The calendar a category's deadlines count: the department's working hours, or every minute (CASE-17). */
    private WorkingCalendar deadlineCalendar(CaseCategory category, Department department) {
        return category.basis() == TimeBasis.WORKING ? department.calendar() : WorkingCalendar.twentyFourSeven(department.calendar().zone());
    }

    // ------------------------------------------------------------ intake

    @Override
    public Case receive(ReceiveReport.Command command) {
        validation.valid(command);
        return unit(() -> {
            actor(command.acceptor(), Role.ACCEPTOR, "receive a report");
            Instant now = clock.instant();
            Case.Changed received = Case.receive(CaseId.newId(), command.acceptor(), now, command.source(), command.description(),
                    command.location(), policy.existenceCheckSources().contains(command.source()));
            return store(null, received, now);
        });
    }

    @Override
    public Case checkExistence(ReceiveReport.ExistenceCheck command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            actor(command.supervisor(), Role.FIELD_SUPERVISOR, "check that a reported problem exists (核实)");
            return c.checkExistence(command.supervisor(), now, command.problemExists(), command.note());
        });
    }

    @Override
    public Case register(RegisterCase.Command command) {
        validation.valid(command);
        return unit(() -> {
            Case c = cases.get(command.caseId());
            actor(command.acceptor(), Role.ACCEPTOR, "register a case");
            CaseCategory category = policy.category(command.category()).orElseThrow(() -> new NotFound("category", command.category()));
            departments.get(category.department());
            Instant now = clock.instant();
            Vicinity near = new Vicinity(c.location(), policy.repeatRadiusMetres());
            Case open = cases.openNear(category.code(), near, now.minus(policy.repeatWindow())).stream()
                    .filter(o -> !o.id().equals(c.id()) && near.contains(o.location()))
                    .min(Comparator.comparingDouble((Case o) -> o.location().metresTo(c.location())).thenComparing(o -> o.registeredAt().orElseThrow()))
                    .orElse(null);
            if (open == null) {
                return store(c, c.register(command.acceptor(), now, nz(command.note()), category, now.plus(policy.dispatchLimit())), now);
            }
            Case linked = store(c, c.linkAsRepeat(command.acceptor(), now, category, open.id()), now);
            Case repeated = store(open, open.addRepeat(command.acceptor(), now, c.id()), now);
            publish(new CasesEvent.RepeatFlagged(repeated.id(), c.id(), repeated.repeats(), escalation.at(now).first().orElse(null), now));
            return linked;
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public Case reject(RegisterCase.Rejection command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            actor(command.acceptor(), Role.ACCEPTOR, "reject a report");
            return c.reject(command.acceptor(), now, command.reason());
        });
    }

    // ------------------------------------------------------------ dispatch

    @Override
    public Case declareSpecialCircumstance(DispatchCase.SpecialCircumstance command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            actorAnyOf(command.actor(), Set.of(Role.DISPATCHER, Role.SHIFT_LEADER), "record a special circumstance");
            Instant since = c.history().stream().filter(e -> e instanceof CaseEvent.CaseRegistered || e instanceof CaseEvent.ReturnConfirmed)
                    .reduce((a, b) -> b).map(CaseEvent::occurredAt).orElse(now);
            return c.declareSpecialCircumstance(command.actor(), now, command.reason(), since.plus(policy.specialDispatchLimit()));
        });
    }

    @Override
    public Case dispatch(DispatchCase.Command command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            actor(command.dispatcher(), Role.DISPATCHER, "dispatch a case");
            if (c.department().isEmpty()) {
                c.dispatch(command.dispatcher(), now, "", null);
            }
            Department department = departments.get(c.department().get());
            CaseCategory category = category(c);
            WorkingCalendar deadlines = deadlineCalendar(category, department);
            WorkingCalendar office = department.calendar();
            Case.DispatchClocks clocks = new Case.DispatchClocks(
                    now.plus(policy.acceptanceChaseAfter()),
                    office.plus(now, policy.returnWindow()),
                    office.plus(now, policy.lateReturnHeld()),
                    deadlines.plus(now, policy.warningShare(category.handlingDeadline())),
                    deadlines.plus(now, category.handlingDeadline()));
            return c.dispatch(command.dispatcher(), now, nz(command.note()), clocks);
        });
    }

    // ------------------------------------------------------------ department side

    @Override
    public Case accept(HandleCase.Step command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            departmentStaff(command.staff(), c, "accept a case");
            return c.accept(command.staff(), now, nz(command.note()));
        });
    }

    @Override
    public Case reportCompletion(HandleCase.Step command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            departmentStaff(command.staff(), c, "report a case completed");
            return c.reportCompletion(command.staff(), now, nz(command.note()));
        });
    }

    @Override
    public Case requestExtension(HandleCase.Extension command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            departmentStaff(command.staff(), c, "ask for an extension");
            return c.requestExtension(command.staff(), now, command.reason(), command.extra());
        });
    }

    @Override
    public Case requestParking(HandleCase.Step command) {
        validation.valid(command);
        if (command.note() == null || command.note().isBlank()) {
            throw new io.watchfloor.shared.InvalidCommand("Step", List.of(new io.watchfloor.shared.InvalidCommand.FieldError("note",
                    "a parking request needs its reason")));
        }
        return change(command.caseId(), (c, now) -> {
            departmentStaff(command.staff(), c, "ask for a case to be parked");
            return c.requestParking(command.staff(), now, command.note());
        });
    }

    // ------------------------------------------------------------ returns

    @Override
    public Case request(ReturnCase.Request command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            departmentStaff(command.staff(), c, "ask to return a case");
            requireResponsible(command.rightDepartment(), "CASE-05");
            return c.requestReturn(command.staff(), now, command.reason(), command.rightDepartment());
        });
    }

    @Override
    public Case report(ReturnCase.Decision command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            actor(command.actor(), Role.SHIFT_LEADER, "report a return to the centre head");
            return c.reportReturn(command.actor(), now, command.reason());
        });
    }

    @Override
    public Case confirm(ReturnCase.Confirmation command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            actor(command.centreHead(), Role.CENTRE_HEAD, "confirm a return");
            return c.confirmReturn(command.centreHead(), now, command.reason(), command.fault(), now.plus(policy.dispatchLimit()));
        });
    }

    @Override
    public Case refuse(ReturnCase.Decision command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            actor(command.actor(), Role.CENTRE_HEAD, "refuse a return");
            return c.refuseReturn(command.actor(), now, command.reason());
        });
    }

    @Override
    public Case decideLate(ReturnCase.LateReturn command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            actor(command.centreHead(), Role.CENTRE_HEAD, "decide a late return");
            requireResponsible(command.rightDepartment(), "CASE-06");
            return c.decideLateReturn(command.centreHead(), now, command.consultation(), command.rightDepartment(), command.fault(),
                    now.plus(policy.dispatchLimit()));
        });
    }

    // ------------------------------------------------------------ chase

    @Override
    public Case recordOutcome(ChaseCase.Outcome command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            actorAnyOf(command.actor(), CENTRE_STAFF, "record the outcome of a reminder");
            return c.recordReminderOutcome(command.actor(), now, command.reminder(), command.reached(), command.outcome());
        });
    }

    @Override
    public Case supervise(ChaseCase.Supervision command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            actorAnyOf(command.leader(), Set.of(Role.CENTRE_HEAD, Role.DEPUTY_LEADER), "supervise a case as a leader (领导督办)");
            return c.superviseAsLeader(command.leader(), now, command.reason());
        });
    }

    // ------------------------------------------------------------ verification

    @Override
    public Case instruct(VerifyCase.Instruction command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            actor(command.dispatcher(), Role.DISPATCHER, "instruct a verification");
            actor(command.supervisor(), Role.FIELD_SUPERVISOR, "verify a fix (核查)");
            return c.instructVerification(command.dispatcher(), now, nz(command.note()), command.supervisor());
        });
    }

    @Override
    public Case record(VerifyCase.Result command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            actor(command.supervisor(), Role.FIELD_SUPERVISOR, "record a verification (核查)");
            return c.recordVerification(command.supervisor(), now, command.passed(), command.note());
        });
    }

    // ------------------------------------------------------------ coordination, extension, parking

    @Override
    public Case start(CoordinateCase.Start command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            actorAnyOf(command.actor(), Set.of(Role.DISPATCHER, Role.SHIFT_LEADER), "start a coordination");
            return c.startCoordination(command.actor(), now, command.reason());
        });
    }

    @Override
    public Case resolve(CoordinateCase.Resolution command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            actorAnyOf(command.centreParty(), Set.of(Role.SHIFT_LEADER, Role.CENTRE_HEAD), "resolve a coordination for the centre");
            departmentStaff(command.departmentParty(), c, "resolve a coordination for the department");
            Person supervision = people.get(command.supervisionParty());
            boolean ofSupervision = supervision.departmentId().flatMap(departments::find).map(d -> d.kind() == DepartmentKind.SUPERVISION)
                    .orElse(false);
            if (!ofSupervision) {
                throw new RuleViolation("CASE-11", supervision.name() + " is not of the supervision department, the third party of a coordination");
            }
            Instant since = c.coordinationSince().orElseThrow(() -> new RuleViolation("CASE-11", "case " + c.id() + " is not in coordination"));
            Shifted shifted = shift(c, since, now);
            return c.resolveCoordination(command.centreParty(), command.departmentParty(), command.supervisionParty(), now,
                    command.resolution(), shifted.paused, shifted.warningAt, shifted.deadline);
        });
    }

    private record Shifted(Duration paused, Instant warningAt, Instant deadline) {
    }

    /** Moves the clocks by exactly the time they stood still in {@code [since, now)}, counted as the category counts. */
    private Shifted shift(Case c, Instant since, Instant now) {
        if (c.handlingDeadline().isEmpty()) {
            return new Shifted(Duration.ZERO, null, null);
        }
        WorkingCalendar cal = deadlineCalendar(category(c), departments.get(c.department().orElseThrow()));
        Duration paused = cal.between(since, now);
        Instant deadline = c.handlingDeadline().get();
        Instant warning = c.warningAt().orElse(deadline);
        Instant newDeadline = c.deadlinePassed() ? deadline : cal.plus(now, cal.between(since, max(since, deadline)));
        Instant newWarning = c.warningRaised() || c.deadlinePassed() ? warning : cal.plus(now, cal.between(since, max(since, warning)));
        return new Shifted(paused, newWarning, newDeadline);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public Case approve(ApproveRequest.Decision command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            actor(command.shiftLeader(), Role.SHIFT_LEADER, "approve an extension or parking");
            if (c.pendingParking()) {
                return c.approveParking(command.shiftLeader(), now, command.reason());
            }
            Duration extra = c.pendingExtension().orElseThrow(() -> new RuleViolation("CASE-16", "case " + c.id() + " has no request to approve"));
            WorkingCalendar cal = deadlineCalendar(category(c), departments.get(c.department().orElseThrow()));
            Instant deadline = cal.plus(c.handlingDeadline().orElseThrow(), extra);
            Instant warning = deadline.isAfter(now) ? cal.plus(now, policy.warningShare(cal.between(now, deadline))) : deadline;
            return c.approveExtension(command.shiftLeader(), now, command.reason(), warning, deadline);
        });
    }

    @Override
    public Case refuse(ApproveRequest.Decision command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            actor(command.shiftLeader(), Role.SHIFT_LEADER, "refuse an extension or parking");
            return c.refuseRequest(command.shiftLeader(), now, command.reason());
        });
    }

    @Override
    public Case resume(ApproveRequest.Decision command) {
        validation.valid(command);
        return change(command.caseId(), (c, now) -> {
            actor(command.shiftLeader(), Role.SHIFT_LEADER, "resume a parked case");
            Instant since = c.parkedSince().orElseThrow(() -> new RuleViolation("CASE-16", "case " + c.id() + " is not parked"));
            Shifted shifted = shift(c, since, now);
            return c.resume(command.shiftLeader(), now, command.reason(), shifted.paused, shifted.warningAt, shifted.deadline);
        });
    }

    // ------------------------------------------------------------ time

    @Override
    public DueWork dueWork(Instant now) {
        Bounds.instant("RunDueWork", "now", now);
        Instant clockNow = clock.instant();
        if (now.isAfter(clockNow)) {
            throw Bounds.refusal("RunDueWork", "now", "must not be after the centre's clock, which reads " + clockNow);
        }
        return unit(() -> {
            List<CaseEvent> fired = new ArrayList<>();
            while (true) {
                List<Case> due = cases.dueBefore(now, BATCH);
                if (due.isEmpty()) {
                    return new DueWork(now, fired);
                }
                for (Case c : due) {
                    Case.Changed changed = c.fireDue(now);
                    store(c, changed, now);
                    fired.addAll(changed.events());
                }
            }
        });
    }

    // ------------------------------------------------------------ reading

    @Override
    public Case get(CaseId id) {
        Bounds.present("FindCases", "id", id);
        return cases.get(id);
    }

    @Override
    public List<HardCase> hardCases(Instant at) {
        Bounds.instant("FindCases", "at", at);
        PersonId to = escalation.at(at).first().orElse(null);
        return cases.hardCases().stream().map(c -> new HardCase(c.id(), c.hardCaseReasons(), to)).toList();
    }

    @Override
    public List<ErrorRecord> errorsAgainst(PersonId person, Instant after, Instant upTo) {
        Bounds.present("FindCases", "person", person);
        Bounds.instant("FindCases", "after", after);
        Bounds.instant("FindCases", "upTo", upTo);
        if (upTo.isBefore(after)) {
            throw Bounds.refusal("FindCases", "upTo", "must not be before after, " + after + ", was " + upTo);
        }
        return errors.against(person, after, upTo);
    }

    @Override
    public Appraisal fromState(TimeRange period) {
        Bounds.range("AppraiseStaff", "period", period);
        return Appraisal.fromCases(cases.receivedBefore(period.end()), period);
    }

    @Override
    public Appraisal fromHistory(TimeRange period) {
        Bounds.range("AppraiseStaff", "period", period);
        return Appraisal.fromHistory(cases.receivedBefore(period.end()).stream().map(Case::history).toList(), period);
    }

    // ------------------------------------------------------------ incidents

    @Override
    public Incident record(RecordIncident.Command command) {
        validation.valid(command);
        Instant now = clock.instant();
        if (command.seenAt().isAfter(now)) {
            throw new io.watchfloor.shared.InvalidCommand("Command", List.of(new io.watchfloor.shared.InvalidCommand.FieldError("seenAt",
                    "must not be in the future")));
        }
        return unit(() -> {
            actorAnyOf(command.operator(), Set.of(Role.OPERATOR, Role.SHIFT_LEADER), "record an incident");
            Incident incident = Incident.seen(command.seenAt(), command.camera(), command.area(), command.type(), command.severity(),
                    command.description(), command.operator(), command.partiesToNotify(), "");
            String activation = "";
            if (incident.isMajor()) {
                activation = plans.activate(command.type(), incident.id(), command.operator(), now).orElse("");
                incident = new Incident(incident.id(), incident.seenAt(), incident.camera(), incident.area(), incident.type(), incident.severity(),
                        incident.description(), incident.recordedBy(), incident.partiesNotified(), activation, null, null, null, incident.version());
            }
            Incident stored = incidents.save(incident);
            publish(new CasesEvent.IncidentRecorded(stored.id(), stored.type(), stored.severity(), now));
            if (stored.isMajor()) {
                publish(new CasesEvent.LeadershipNotified(stored.id(), escalation.at(now).inOrder(), activation,
                        stored.partiesNotified(), now));
            }
            return stored;
        });
    }

    @Override
    public Incident recordResult(RecordIncident.Result command) {
        validation.valid(command);
        return unit(() -> {
            actorAnyOf(command.actor(), Set.of(Role.OPERATOR, Role.SHIFT_LEADER, Role.CENTRE_HEAD), "record an incident's handling result");
            Instant now = clock.instant();
            Incident stored = incidents.save(incidents.get(command.incident()).handled(command.result(), command.actor(), now));
            publish(new CasesEvent.IncidentHandled(stored.id(), command.actor(), command.result(), now));
            return stored;
        });
    }
}
