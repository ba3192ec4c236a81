package io.watchfloor.plans;

import io.watchfloor.cases.IncidentType;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.DomainEvent;
import io.watchfloor.shared.IncidentId;
import java.time.Instant;

/** What happens to contingency plans. */
public sealed interface PlansEvent extends DomainEvent {

    /** A plan was defined for an incident type. */
    record PlanDefined(PlanId plan, IncidentType type, Instant occurredAt) implements PlansEvent {
    }

    /** A plan was activated for an incident (PLAN-01). */
    record PlanActivated(ActivationId activation, PlanId plan, IncidentId incident, Instant occurredAt) implements PlansEvent {
    }

    /** A step of an activation was ticked (PLAN-01). */
    record StepTicked(ActivationId activation, int step, PersonId by, Instant occurredAt) implements PlansEvent {
    }

    /** A drill was scheduled (PLAN-02). */
    record DrillScheduled(PlanId plan, Instant scheduledFor, Instant occurredAt) implements PlansEvent {
    }

    /** A drill was held and recorded (PLAN-02). */
    record DrillRecorded(PlanId plan, PersonId by, Instant occurredAt) implements PlansEvent {
    }

    /** A scheduled drill was not held in time; flagged once, at its scheduled time (PLAN-02). */
    record DrillOverdue(PlanId plan, Instant scheduledFor, Instant occurredAt) implements PlansEvent {
    }
}
