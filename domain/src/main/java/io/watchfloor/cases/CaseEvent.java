package io.watchfloor.cases;

import io.watchfloor.people.DepartmentId;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.Location;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One transition of a case, as kept in its append-only history (CASE-13): who did it ({@code actor},
 * {@code null} for the centre's own clock), when, and why. A case's state is what its history
 * replays to ({@link Case#replay}). Events raised by a timer carry the deadline itself as their time.
 */
public sealed interface CaseEvent extends CasesEvent {

    /** The case it happened to. */
    CaseId caseId();

    /** Who did it; {@code null} when the centre's clock did (a missed limit, a chase). */
    PersonId actor();

    /** Why, in the actor's words or the rule's; may be empty but never null. */
    String reason();

    /** Whether the centre's clock raised it rather than a person. */
    default boolean bySystem() {
        return actor() == null;
    }

    private static void check(CaseId caseId, Instant at, String reason) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(at, "occurredAt");
        Objects.requireNonNull(reason, "reason");
    }

    /** 受理: a report was received; {@code needsExistenceCheck} says whether 核实 must come before registration. */
    record ReportReceived(CaseId caseId, PersonId actor, Instant occurredAt, String reason, ReportSource source,
                          String description, Location location, boolean needsExistenceCheck) implements CaseEvent {
        public ReportReceived {
            check(caseId, occurredAt, reason);
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** 核实: a field supervisor checked whether the reported problem exists (CASE-17). */
    record ExistenceChecked(CaseId caseId, PersonId actor, Instant occurredAt, String reason, boolean exists) implements CaseEvent {
        public ExistenceChecked {
            check(caseId, occurredAt, reason);
        }
    }

    /** The report was rejected at intake (CASE-01). */
    record ReportRejected(CaseId caseId, PersonId actor, Instant occurredAt, String reason) implements CaseEvent {
        public ReportRejected {
            check(caseId, occurredAt, reason);
        }
    }

    /** 立案: registered in a category that names the department; to be dispatched by {@code dispatchDue} (CASE-01, CASE-02). */
    record CaseRegistered(CaseId caseId, PersonId actor, Instant occurredAt, String reason, String category,
                          DepartmentId department, Instant dispatchDue) implements CaseEvent {
        public CaseRegistered {
            check(caseId, occurredAt, reason);
        }
    }

    /** The report was linked to the open case {@code openCase} as a repeat report (CASE-09). */
    record LinkedAsRepeat(CaseId caseId, PersonId actor, Instant occurredAt, String reason, String category,
                          CaseId openCase) implements CaseEvent {
        public LinkedAsRepeat {
            check(caseId, occurredAt, reason);
        }
    }

    /** The open case received a repeat report {@code repeatReport}; it now has {@code repeats} (CASE-09). */
    record RepeatReportAdded(CaseId caseId, PersonId actor, Instant occurredAt, String reason, CaseId repeatReport, int repeats)
            implements CaseEvent {
        public RepeatReportAdded {
            check(caseId, occurredAt, reason);
        }
    }

    /** A special circumstance lifted the dispatch limit; now due by {@code dispatchDue} (CASE-02). */
    record SpecialCircumstanceDeclared(CaseId caseId, PersonId actor, Instant occurredAt, String reason, Instant dispatchDue)
            implements CaseEvent {
        public SpecialCircumstanceDeclared {
            check(caseId, occurredAt, reason);
        }
    }

    /** The dispatch limit passed before dispatch; an error record against {@code responsible} (CASE-02, CASE-03). */
    record DispatchLimitMissed(CaseId caseId, PersonId actor, Instant occurredAt, String reason, PersonId responsible)
            implements CaseEvent {
        public DispatchLimitMissed {
            check(caseId, occurredAt, reason);
            Objects.requireNonNull(responsible, "responsible");
        }
    }

    /**
     * 派遣 / 改派: sent to {@code department}; the instants of every clock that dispatch starts are
     * computed once here, so the history alone says when each falls due.
     */
    record CaseDispatched(CaseId caseId, PersonId actor, Instant occurredAt, String reason, DepartmentId department,
                          boolean onTime, Instant acceptanceChaseDue, Instant returnWindowEnd, Instant lateReturnFrom,
                          Instant warningAt, Instant handlingDeadline) implements CaseEvent {
        public CaseDispatched {
            check(caseId, occurredAt, reason);
        }
    }

    /** The department accepted the case. */
    record CaseAccepted(CaseId caseId, PersonId actor, Instant occurredAt, String reason) implements CaseEvent {
        public CaseAccepted {
            check(caseId, occurredAt, reason);
        }
    }

    /** The centre's clock raised reminder task {@code reminder} of {@code kind} (CASE-07, CASE-10). */
    record ReminderRaised(CaseId caseId, PersonId actor, Instant occurredAt, String reason, int reminder, ReminderKind kind)
            implements CaseEvent {
        public ReminderRaised {
            check(caseId, occurredAt, reason);
        }
    }

    /** The handling deadline passed; the breach stays on record for good (CASE-10, CASE-16). */
    record HandlingDeadlinePassed(CaseId caseId, PersonId actor, Instant occurredAt, String reason) implements CaseEvent {
        public HandlingDeadlinePassed {
            check(caseId, occurredAt, reason);
        }
    }

    /** The outcome of a reminder task was recorded (CASE-07, CASE-10): whether the department was reached, and what was said. */
    record ReminderOutcomeRecorded(CaseId caseId, PersonId actor, Instant occurredAt, String reason, int reminder, boolean reached)
            implements CaseEvent {
        public ReminderOutcomeRecorded {
            check(caseId, occurredAt, reason);
        }
    }

    /** 回退: the department asked to return the case, naming the right department (CASE-05). */
    record ReturnRequested(CaseId caseId, PersonId actor, Instant occurredAt, String reason, DepartmentId rightDepartment)
            implements CaseEvent {
        public ReturnRequested {
            check(caseId, occurredAt, reason);
        }
    }

    /** The shift leader reported the requested return (CASE-05). */
    record ReturnReported(CaseId caseId, PersonId actor, Instant occurredAt, String reason) implements CaseEvent {
        public ReturnReported {
            check(caseId, occurredAt, reason);
        }
    }

    /**
     * The return took effect: confirmed by the centre head (CASE-05), or decided late after consulting
     * the department (CASE-06, {@code late}). The case waits for re-dispatch to {@code rightDepartment}
     * by {@code dispatchDue}; {@code fault} is recorded against {@code responsible} (CASE-03).
     */
    record ReturnConfirmed(CaseId caseId, PersonId actor, Instant occurredAt, String reason, DepartmentId rightDepartment,
                           boolean late, Fault fault, PersonId responsible, Instant dispatchDue) implements CaseEvent {
        public ReturnConfirmed {
            check(caseId, occurredAt, reason);
        }
    }

    /** The centre head refused the return; the department handles the case on. */
    record ReturnRefused(CaseId caseId, PersonId actor, Instant occurredAt, String reason) implements CaseEvent {
        public ReturnRefused {
            check(caseId, occurredAt, reason);
        }
    }

    /** The department reported completion (处理反馈). */
    record CompletionReported(CaseId caseId, PersonId actor, Instant occurredAt, String reason) implements CaseEvent {
        public CompletionReported {
            check(caseId, occurredAt, reason);
        }
    }

    /** The dispatcher instructed {@code supervisor} to verify the fix (核查, CASE-08). */
    record VerificationInstructed(CaseId caseId, PersonId actor, Instant occurredAt, String reason, PersonId supervisor)
            implements CaseEvent {
        public VerificationInstructed {
            check(caseId, occurredAt, reason);
        }
    }

    /** 结案: the verification passed and the case closed; {@code onTime} against the handling deadline then in force (CASE-08). */
    record CaseClosed(CaseId caseId, PersonId actor, Instant occurredAt, String reason, boolean onTime) implements CaseEvent {
        public CaseClosed {
            check(caseId, occurredAt, reason);
        }
    }

    /** 返工: the verification failed; the department reworks it, rework number {@code rework} (CASE-08). */
    record VerificationFailed(CaseId caseId, PersonId actor, Instant occurredAt, String reason, int rework) implements CaseEvent {
        public VerificationFailed {
            check(caseId, occurredAt, reason);
        }
    }

    /** Force majeure: a three-party coordination began and the deadline clock stopped (CASE-11). */
    record CoordinationStarted(CaseId caseId, PersonId actor, Instant occurredAt, String reason) implements CaseEvent {
        public CoordinationStarted {
            check(caseId, occurredAt, reason);
        }
    }

    /**
     * The coordination was resolved by the three parties; the clock ran on with the deadline moved by
     * exactly the paused time ({@code paused}, counted as the category counts) (CASE-11).
     */
    record CoordinationResolved(CaseId caseId, PersonId actor, Instant occurredAt, String reason, PersonId departmentParty,
                                PersonId supervisionParty, Duration paused, Instant warningAt, Instant handlingDeadline)
            implements CaseEvent {
        public CoordinationResolved {
            check(caseId, occurredAt, reason);
        }
    }

    /** 延期: the department asked for {@code extra} time (CASE-16). */
    record ExtensionRequested(CaseId caseId, PersonId actor, Instant occurredAt, String reason, Duration extra) implements CaseEvent {
        public ExtensionRequested {
            check(caseId, occurredAt, reason);
        }
    }

    /** The shift leader approved the extension; the original deadline and any breach stay on record (CASE-16). */
    record ExtensionApproved(CaseId caseId, PersonId actor, Instant occurredAt, String reason, Instant warningAt,
                             Instant handlingDeadline) implements CaseEvent {
        public ExtensionApproved {
            check(caseId, occurredAt, reason);
        }
    }

    /** 挂账: the department asked for the case to be parked (CASE-16). */
    record ParkingRequested(CaseId caseId, PersonId actor, Instant occurredAt, String reason) implements CaseEvent {
        public ParkingRequested {
            check(caseId, occurredAt, reason);
        }
    }

    /** The shift leader approved parking; the clocks stand still (CASE-16). */
    record CaseParked(CaseId caseId, PersonId actor, Instant occurredAt, String reason) implements CaseEvent {
        public CaseParked {
            check(caseId, occurredAt, reason);
        }
    }

    /** The shift leader took the case out of parking; the deadline moved by the parked time (CASE-16). */
    record CaseResumed(CaseId caseId, PersonId actor, Instant occurredAt, String reason, Duration parked, Instant warningAt,
                       Instant handlingDeadline) implements CaseEvent {
        public CaseResumed {
            check(caseId, occurredAt, reason);
        }
    }

    /** The shift leader refused a pending extension or parking request (CASE-16). */
    record RequestRefused(CaseId caseId, PersonId actor, Instant occurredAt, String reason) implements CaseEvent {
        public RequestRefused {
            check(caseId, occurredAt, reason);
        }
    }

    /** 领导督办: a leader took the case under personal supervision (CASE-12). */
    record LeaderSupervisionStarted(CaseId caseId, PersonId actor, Instant occurredAt, String reason) implements CaseEvent {
        public LeaderSupervisionStarted {
            check(caseId, occurredAt, reason);
        }
    }
}
