package io.watchfloor.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.cases.port.in.ApproveRequest;
import io.watchfloor.cases.port.in.ChaseCase;
import io.watchfloor.cases.port.in.CoordinateCase;
import io.watchfloor.cases.port.in.DispatchCase;
import io.watchfloor.cases.port.in.HandleCase;
import io.watchfloor.cases.port.in.ReceiveReport;
import io.watchfloor.cases.port.in.RegisterCase;
import io.watchfloor.cases.port.in.ReturnCase;
import io.watchfloor.cases.port.in.VerifyCase;
import io.watchfloor.people.DepartmentId;
import io.watchfloor.people.Person;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.WorkingCalendar;
import io.watchfloor.testkit.cases.CasesGens;
import io.watchfloor.testkit.property.Command;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import io.watchfloor.testkit.property.Stateful;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of case commands at random times, valid and invalid (wrong actors, blank
 * reasons, unknown cases) mixed, against a fresh centre: the histories always replay to the stored
 * state, closed cases never change again, no return is accepted after its window except by the
 * CASE-06 decision, deadlines pause exactly for the coordination time, each timer fires once dated
 * at its deadline, and a refused command never changes anything stored.
 */
@DisplayName("The case lifecycle under random command sequences")
@Tag("CASE-13")
@Tag("CASE-11")
@Tag("CASE-05")
@Tag("CASE-06")
@Tag("CASE-08")
@Tag("CASE-02")
@Tag("CASE-07")
@Tag("CASE-10")
@Tag("CASE-15")
class CaseLifecyclePropertyTest {

    /** What the model knows: how many reports were received. */
    record Model(int reports) {
    }

    /** The system under test, and what it must remember to check "closed cases never change". */
    static final class Centre {
        final CaseWorld w = new CaseWorld();
        final Map<CaseId, List<CaseEvent>> closed = new HashMap<>();
        final List<CaseId> ids = new java.util.ArrayList<>();

        CaseId pick(int index) {
            return ids.get(index % ids.size());
        }

        /** Everything stored: every case's history, the error records, the events published. */
        Object snapshot() {
            return List.of(w.cases.all().stream().map(c -> List.of(c.id(), c.version(), c.history())).toList(), w.errors.all(), w.events.all());
        }
    }

    enum Step {
        REGISTER_ROAD, REGISTER_LITTER, REJECT, CHECK_EXISTS, CHECK_NOT_EXISTS, SPECIAL, DISPATCH, ACCEPT, COMPLETE, INSTRUCT, VERIFY_PASS,
        VERIFY_FAIL, REQUEST_RETURN, REPORT_RETURN, CONFIRM_RETURN, REFUSE_RETURN, LATE_RETURN, START_COORDINATION, RESOLVE_COORDINATION,
        REQUEST_EXTENSION, REQUEST_PARKING, APPROVE, REFUSE_REQUEST, RESUME, SUPERVISE, OUTCOME, BLANK_REASON, UNKNOWN_CASE;

        /** The steps a centre would usually take next in {@code status}, so sequences reach deep into the lifecycle. */
        static List<Step> usualAfter(Case c) {
            return switch (c.status()) {
                case RECEIVED -> c.needsExistenceCheck() && c.existenceConfirmed().isEmpty()
                        ? List.of(CHECK_EXISTS, CHECK_EXISTS, CHECK_NOT_EXISTS)
                        : List.of(REGISTER_ROAD, REGISTER_LITTER, REGISTER_LITTER, REJECT);
                case REGISTERED -> List.of(DISPATCH, DISPATCH, SPECIAL);
                case DISPATCHED -> List.of(ACCEPT, ACCEPT, REQUEST_RETURN, LATE_RETURN, OUTCOME);
                case ACCEPTED -> c.coordinationSince().isPresent() ? List.of(RESOLVE_COORDINATION)
                        : c.pendingExtension().isPresent() || c.pendingParking() ? List.of(APPROVE, REFUSE_REQUEST)
                        : List.of(COMPLETE, COMPLETE, START_COORDINATION, REQUEST_EXTENSION, REQUEST_PARKING, SUPERVISE, REQUEST_RETURN);
                case RETURN_REQUESTED -> List.of(REPORT_RETURN, REFUSE_RETURN);
                case RETURN_REPORTED -> List.of(CONFIRM_RETURN, CONFIRM_RETURN, REFUSE_RETURN);
                case COMPLETED -> List.of(INSTRUCT, START_COORDINATION);
                case VERIFYING -> c.coordinationSince().isPresent() ? List.of(RESOLVE_COORDINATION) : List.of(VERIFY_PASS, VERIFY_FAIL);
                case PARKED -> List.of(RESUME);
                default -> List.of(SUPERVISE, COMPLETE, UNKNOWN_CASE);
            };
        }
    }

    private static Person staffOf(CaseWorld w, CaseId id) {
        DepartmentId d = w.get(id).department().orElse(w.roads.id());
        return d.equals(w.sanitation.id()) ? w.sanitationStaff : w.roadsStaff;
    }

    private static DepartmentId otherDepartment(CaseWorld w, CaseId id) {
        DepartmentId d = w.get(id).department().orElse(w.roads.id());
        return d.equals(w.sanitation.id()) ? w.roads.id() : w.sanitation.id();
    }

    /** Performs one step on case {@code id}; {@code stranger} replaces the right actor (PEOPLE-01 refusals). */
    private static void perform(CaseWorld w, Step step, CaseId id, Person stranger) {
        var m = w.module;
        java.util.function.Function<Person, Person> as = right -> stranger != null ? stranger : right;
        switch (step) {
            case REGISTER_ROAD -> m.registerCase().register(new RegisterCase.Command(id, as.apply(w.acceptor).id(), "ROAD", null));
            case REGISTER_LITTER -> m.registerCase().register(new RegisterCase.Command(id, as.apply(w.acceptor).id(), "LITTER", null));
            case REJECT -> m.registerCase().reject(new RegisterCase.Rejection(id, as.apply(w.acceptor).id(), "not in our district"));
            case CHECK_EXISTS -> m.receiveReport().checkExistence(new ReceiveReport.ExistenceCheck(id, as.apply(w.supervisor).id(), true, "seen"));
            case CHECK_NOT_EXISTS -> m.receiveReport().checkExistence(new ReceiveReport.ExistenceCheck(id, as.apply(w.supervisor).id(), false, "none"));
            case SPECIAL -> m.dispatchCase().declareSpecialCircumstance(new DispatchCase.SpecialCircumstance(id, as.apply(w.dispatcher).id(), "system down"));
            case DISPATCH -> m.dispatchCase().dispatch(new DispatchCase.Command(id, as.apply(w.dispatcher).id(), null));
            case ACCEPT -> m.handleCase().accept(new HandleCase.Step(id, as.apply(staffOf(w, id)).id(), null));
            case COMPLETE -> m.handleCase().reportCompletion(new HandleCase.Step(id, as.apply(staffOf(w, id)).id(), "done"));
            case INSTRUCT -> m.verifyCase().instruct(new VerifyCase.Instruction(id, as.apply(w.dispatcher).id(), w.supervisor.id(), null));
            case VERIFY_PASS -> m.verifyCase().record(new VerifyCase.Result(id, as.apply(w.supervisor).id(), true, "fixed"));
            case VERIFY_FAIL -> m.verifyCase().record(new VerifyCase.Result(id, as.apply(w.supervisor).id(), false, "not fixed"));
            case REQUEST_RETURN -> m.returnCase().request(new ReturnCase.Request(id, as.apply(staffOf(w, id)).id(), otherDepartment(w, id), "not ours"));
            case REPORT_RETURN -> m.returnCase().report(new ReturnCase.Decision(id, as.apply(w.shiftLeader).id(), "reported"));
            case CONFIRM_RETURN -> m.returnCase().confirm(new ReturnCase.Confirmation(id, as.apply(w.centreHead).id(), Fault.WRONG_DISPATCH, "agreed"));
            case REFUSE_RETURN -> m.returnCase().refuse(new ReturnCase.Decision(id, as.apply(w.centreHead).id(), "handle it"));
            case LATE_RETURN -> m.returnCase().decideLate(new ReturnCase.LateReturn(id, as.apply(w.centreHead).id(), otherDepartment(w, id),
                    Fault.WRONG_REGISTRATION, "consulted, they cannot"));
            case START_COORDINATION -> m.coordinateCase().start(new CoordinateCase.Start(id, as.apply(w.shiftLeader).id(), "typhoon"));
            case RESOLVE_COORDINATION -> m.coordinateCase().resolve(new CoordinateCase.Resolution(id, as.apply(w.shiftLeader).id(),
                    staffOf(w, id).id(), w.supervisionOfficer.id(), "resolved"));
            case REQUEST_EXTENSION -> m.handleCase().requestExtension(new HandleCase.Extension(id, as.apply(staffOf(w, id)).id(),
                    Duration.ofMinutes(45), "rain"));
            case REQUEST_PARKING -> m.handleCase().requestParking(new HandleCase.Step(id, as.apply(staffOf(w, id)).id(), "permit needed"));
            case APPROVE -> m.approveRequest().approve(new ApproveRequest.Decision(id, as.apply(w.shiftLeader).id(), "ok"));
            case REFUSE_REQUEST -> m.approveRequest().refuse(new ApproveRequest.Decision(id, as.apply(w.shiftLeader).id(), "no"));
            case RESUME -> m.approveRequest().resume(new ApproveRequest.Decision(id, as.apply(w.shiftLeader).id(), "permit granted"));
            case SUPERVISE -> m.chaseCase().supervise(new ChaseCase.Supervision(id, as.apply(w.centreHead).id(), "the mayor asked"));
            case OUTCOME -> m.chaseCase().recordOutcome(new ChaseCase.Outcome(id, as.apply(w.dispatcher).id(), 1, true, "phoned"));
            case BLANK_REASON -> m.returnCase().request(new ReturnCase.Request(id, staffOf(w, id).id(), otherDepartment(w, id), " "));
            case UNKNOWN_CASE -> m.handleCase().accept(new HandleCase.Step(CaseId.newId(), staffOf(w, id).id(), null));
        }
    }

    private static Gen<Command<Model, Centre>> commands(Model model) {
        Gen<Command<Model, Centre>> advance = CasesGens.delays().map(d -> Command.of("advance " + d, (mm, s) -> {
            s.w.advance(d);
            return mm;
        }));
        Gen<Command<Model, Centre>> due = Gens.constant(Command.of("dueWork", (mm, s) -> {
            DueWork work = s.w.module.runDueWork().dueWork(s.w.now());
            for (CaseEvent e : work.fired()) {
                if (e.occurredAt().isAfter(s.w.now())) {
                    throw new AssertionError("a timer fired before its deadline: " + e);
                }
            }
            return mm;
        }));
        Gen<Command<Model, Centre>> receive = CasesGens.sources().flatMap(src -> CasesGens.placesNear(CaseWorld.PEOPLES_SQUARE, 300)
                .map(place -> Command.of("receive " + src, (mm, s) -> {
                    s.ids.add(s.w.module.receiveReport().receive(new ReceiveReport.Command(s.w.acceptor.id(), src, "report", place)).id());
                    return new Model(mm.reports() + 1);
                })));
        if (model.reports() == 0) {
            return receive;
        }
        Gen<Command<Model, Centre>> act = Gens.tuples(Gens.enums(Step.class), Gens.integers(0, 50), Gens.integers(0, 5))
                .map(t -> Command.of(t.first() + " #" + t.second() + (t.third() == 0 ? " by a stranger" : ""), (mm, s) -> {
                    CaseId id = s.pick(t.second());
                    Person stranger = t.third() == 0 ? s.w.operator : null;
                    Step step = t.first();
                    Object before = s.snapshot();
                    try {
                        perform(s.w, step, id, stranger);
                        Property.classify(true, "accepted");
                    } catch (RuleViolation | InvalidCommand | NotFound refused) {
                        Property.classify(true, "refused");
                        assertEquals(before, s.snapshot(), "a refused " + t.first() + " changed what is stored: " + refused.getMessage());
                    }
                    return mm;
                }));
        Gen<Command<Model, Centre>> usual = Gens.tuples(Gens.integers(0, 50), Gens.integers(0, 11))
                .map(t -> Command.of("usual step #" + t.first(), (mm, s) -> {
                    CaseId id = s.pick(t.first());
                    List<Step> candidates = Step.usualAfter(s.w.get(id));
                    Step step = candidates.get(t.second() % candidates.size());
                    Object before = s.snapshot();
                    try {
                        perform(s.w, step, id, null);
                        Property.classify(true, "usual step accepted");
                    } catch (RuleViolation | InvalidCommand | NotFound refused) {
                        assertEquals(before, s.snapshot(), "a refused " + step + " changed what is stored: " + refused.getMessage());
                    }
                    Property.classify(s.w.get(id).status() == CaseStatus.CLOSED, "reached closure");
                    Property.classify(s.w.get(id).returns().size() > 0, "reached a return");
                    Property.classify(s.w.get(id).paused().compareTo(Duration.ZERO) > 0, "reached a pause");
                    return mm;
                }));
        return Gens.frequency(Gens.weighted(1, receive), Gens.weighted(3, advance), Gens.weighted(2, due), Gens.weighted(2, act),
                Gens.weighted(14, usual));
    }

    @Test
    @DisplayName("histories replay to state, closed cases stay closed, returns respect their window, pauses are exact, timers fire once")
    void lifecycle() {
        Stateful.<Model, Centre>builder()
                .initialModel(() -> new Model(0))
                .newSystem(Centre::new)
                .commands(CaseLifecyclePropertyTest::commands)
                .invariant("every history replays to the stored state", (m, s) -> s.w.cases.all().stream()
                        .allMatch(c -> Case.replay(c.history(), c.version()).sameStateAs(c)))
                .invariant("every history is in time order, never ahead of the clock", (m, s) -> s.w.cases.all().stream()
                        .allMatch(c -> inTimeOrder(c.history(), s.w.now())))
                .invariant("a closed case never changes again", (m, s) -> closedStayClosed(s))
                .invariant("no return after its window except the centre head's late decision", (m, s) -> s.w.cases.all().stream()
                        .allMatch(c -> returnsRespectTheWindow(c.history())))
                .invariant("deadlines pause exactly for the coordination time", (m, s) -> s.w.cases.all().stream()
                        .allMatch(c -> pausesAreExact(s.w, c)))
                .invariant("each timer fires once, never after the clock", (m, s) -> s.w.cases.all().stream()
                        .allMatch(c -> timersFireOnce(c.history(), s.w.now())))
                .invariant("the appraisal figures are the same from state and from history (CASE-15)", (m, s) -> {
                    io.watchfloor.shared.TimeRange all = new io.watchfloor.shared.TimeRange(CaseWorld.MONDAY_9AM.minusSeconds(1),
                            s.w.now().plus(Duration.ofDays(30)));
                    return s.w.module.appraiseStaff().fromState(all).equals(s.w.module.appraiseStaff().fromHistory(all));
                })
                .invariant("the appraisal figures agree for a period that cuts through the cases' lives too", (m, s) -> {
                    Instant start = CaseWorld.MONDAY_9AM.plus(Duration.between(CaseWorld.MONDAY_9AM, s.w.now()).dividedBy(3));
                    Instant end = CaseWorld.MONDAY_9AM.plus(Duration.between(CaseWorld.MONDAY_9AM, s.w.now()).multipliedBy(2).dividedBy(3));
                    if (!end.isAfter(start)) {
                        return true;
                    }
                    io.watchfloor.shared.TimeRange cut = new io.watchfloor.shared.TimeRange(start, end);
                    return s.w.module.appraiseStaff().fromState(cut).equals(s.w.module.appraiseStaff().fromHistory(cut));
                })
                .invariant("the events published are exactly the histories", (m, s) -> s.w.events.ofType(CaseEvent.class).size()
                        == s.w.cases.all().stream().mapToInt(c -> c.history().size()).sum())
                .maxCommands(80)
                .tries(120)
                .check();
    }

    private static boolean closedStayClosed(Centre s) {
        for (Case c : s.w.cases.all()) {
            List<CaseEvent> known = s.closed.get(c.id());
            if (known != null && !known.equals(c.history())) {
                return false;
            }
            if (c.status() == CaseStatus.CLOSED && known == null) {
                s.closed.put(c.id(), c.history());
            }
        }
        return true;
    }

    static boolean inTimeOrder(List<CaseEvent> history, Instant now) {
        for (int i = 1; i < history.size(); i++) {
            if (history.get(i).occurredAt().isBefore(history.get(i - 1).occurredAt())) {
                return false;
            }
        }
        return !history.get(history.size() - 1).occurredAt().isAfter(now);
    }

    static boolean returnsRespectTheWindow(List<CaseEvent> history) {
        CaseEvent.CaseDispatched dispatch = null;
        CaseEvent.ReturnRequested request = null;
        for (CaseEvent e : history) {
            if (e instanceof CaseEvent.CaseDispatched d) {
                dispatch = d;
                request = null;
            } else if (e instanceof CaseEvent.ReturnRequested r) {
                if (dispatch == null || r.occurredAt().isAfter(dispatch.returnWindowEnd())) {
                    return false;
                }
                request = r;
            } else if (e instanceof CaseEvent.ReturnRefused) {
                request = null;
            } else if (e instanceof CaseEvent.ReturnConfirmed r) {
                boolean inWindow = !r.late() && request != null;
                boolean lateDecision = r.late() && dispatch != null && r.occurredAt().isAfter(dispatch.lateReturnFrom());
                if (!inWindow && !lateDecision) {
                    return false;
                }
                dispatch = null;
                request = null;
            }
        }
        return true;
    }

    static boolean pausesAreExact(CaseWorld w, Case c) {
        Instant deadline = null;
        boolean passed = false;
        Instant pausedSince = null;
        Instant deadlineWhenPaused = null;
        WorkingCalendar cal = c.category().map(code -> code.equals("ROAD") ? w.roads.calendar() : WorkingCalendar.twentyFourSeven(CaseWorld.SHANGHAI))
                .orElse(null);
        for (CaseEvent e : c.history()) {
            if (e instanceof CaseEvent.CaseDispatched d) {
                deadline = d.handlingDeadline();
                passed = false;
                if (!d.department().equals(w.roads.id()) && c.category().orElse("").equals("ROAD")) {
                    cal = WorkingCalendar.twentyFourSeven(CaseWorld.SHANGHAI);
                } else if (d.department().equals(w.roads.id()) && c.category().orElse("").equals("ROAD")) {
                    cal = w.roads.calendar();
                }
            } else if (e instanceof CaseEvent.HandlingDeadlinePassed) {
                passed = true;
            } else if (e instanceof CaseEvent.ExtensionApproved x) {
                deadline = x.handlingDeadline();
                passed = false;
            } else if (e instanceof CaseEvent.CaseResumed r) {
                deadline = r.handlingDeadline();
            } else if (e instanceof CaseEvent.CoordinationStarted st) {
                pausedSince = st.occurredAt();
                deadlineWhenPaused = deadline;
            } else if (e instanceof CaseEvent.CoordinationResolved r) {
                if (deadlineWhenPaused != null && !passed) {
                    Instant expected = cal.plus(r.occurredAt(), cal.between(pausedSince, deadlineWhenPaused.isAfter(pausedSince) ? deadlineWhenPaused : pausedSince));
                    if (!expected.equals(r.handlingDeadline()) || !cal.between(pausedSince, r.occurredAt()).equals(r.paused())) {
                        return false;
                    }
                    if (cal.isAlwaysOpen() && deadlineWhenPaused.isAfter(pausedSince)
                            && !Duration.between(deadlineWhenPaused, r.handlingDeadline()).equals(Duration.between(pausedSince, r.occurredAt()))) {
                        return false;
                    }
                }
                deadline = r.handlingDeadline();
                pausedSince = null;
            }
        }
        return true;
    }

    static boolean timersFireOnce(List<CaseEvent> history, Instant now) {
        Map<String, Integer> fired = new HashMap<>();
        int generation = 0;
        for (CaseEvent e : history) {
            if (e instanceof CaseEvent.CaseRegistered || e instanceof CaseEvent.CaseDispatched || e instanceof CaseEvent.ReturnConfirmed
                    || e instanceof CaseEvent.ExtensionApproved) {
                generation++;
            }
            if (e.bySystem()) {
                if (e.occurredAt().isAfter(now)) {
                    return false;
                }
                String key = generation + ":" + (e instanceof CaseEvent.ReminderRaised r ? r.kind().name() : e.getClass().getSimpleName());
                if (fired.merge(key, 1, Integer::sum) > 1) {
                    return false;
                }
            }
        }
        return Objects.nonNull(history);
    }
}
