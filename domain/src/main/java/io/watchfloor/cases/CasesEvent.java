package io.watchfloor.cases;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.DomainEvent;
import io.watchfloor.shared.IncidentId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the cases context tells the rest of the centre: each transition of a case
 * ({@link CaseEvent}, kept in its history), escalations, and incidents.
 */
public sealed interface CasesEvent extends DomainEvent
        permits CaseEvent, CasesEvent.ErrorsEscalated, CasesEvent.HardCaseReported, CasesEvent.RepeatFlagged,
        CasesEvent.IncidentRecorded, CasesEvent.LeadershipNotified, CasesEvent.IncidentHandled {

    /** CASE-04: {@code person} has {@code records} error records in the rolling window; escalated to {@code superior}. */
    record ErrorsEscalated(PersonId person, int records, List<ErrorRecord> window, PersonId superior, Instant occurredAt)
            implements CasesEvent {
        public ErrorsEscalated {
            Objects.requireNonNull(person, "person");
            window = List.copyOf(window);
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /** CASE-12: a case became a hard case for {@code reasons} and was reported to {@code reportedTo} (null when nobody can be reached). */
    record HardCaseReported(CaseId caseId, Set<HardCaseReason> reasons, PersonId reportedTo, Instant occurredAt) implements CasesEvent {
        public HardCaseReported {
            Objects.requireNonNull(caseId, "caseId");
            reasons = Set.copyOf(reasons);
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /** CASE-09: an open case was reported again ({@code repeats} repeat reports); flagged to {@code flaggedTo}. */
    record RepeatFlagged(CaseId caseId, CaseId repeatReport, int repeats, PersonId flaggedTo, Instant occurredAt) implements CasesEvent {
        public RepeatFlagged {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /** CASE-14: an incident seen while monitoring was recorded. */
    record IncidentRecorded(IncidentId incident, IncidentType type, Severity severity, Instant occurredAt) implements CasesEvent {
        public IncidentRecorded {
            Objects.requireNonNull(incident, "incident");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /**
     * CASE-14: a major incident was reported to leadership at once ({@code leaders}, in the order to
     * reach them), its contingency plan activated ({@code planActivation}, empty when no plan exists
     * for its type) and the outside parties notified.
     */
    record LeadershipNotified(IncidentId incident, List<PersonId> leaders, String planActivation, List<String> partiesNotified,
                              Instant occurredAt) implements CasesEvent {
        public LeadershipNotified {
            Objects.requireNonNull(incident, "incident");
            leaders = List.copyOf(leaders);
            Objects.requireNonNull(planActivation, "planActivation");
            partiesNotified = List.copyOf(partiesNotified);
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /** CASE-14: the handling result of an incident was recorded. */
    record IncidentHandled(IncidentId incident, PersonId by, String result, Instant occurredAt) implements CasesEvent {
        public IncidentHandled {
            Objects.requireNonNull(incident, "incident");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }
}
