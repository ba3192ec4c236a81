package io.watchfloor.plans;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An activation of a contingency plan (PLAN-01): a checklist of the plan's steps, ticked in order,
 * each with the time and the person.
 */
public record Activation(ActivationId id, PlanId plan, IncidentId incident, List<String> steps, Instant activatedAt,
                         PersonId activatedBy, List<Tick> ticks, Version version) {

    /** A ticked step: its number (1-based), who and when. */
    public record Tick(int step, PersonId by, Instant at) {
        public Tick {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    public Activation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(activatedAt, "activatedAt");
        Objects.requireNonNull(version, "version");
        steps = List.copyOf(steps);
        ticks = List.copyOf(ticks);
    }

    /** A new checklist for {@code plan}, for {@code incident} (or {@code null} for a drill). */
    public static Activation of(ContingencyPlan plan, IncidentId incident, PersonId by, Instant at) {
        return new Activation(ActivationId.newId(), plan.id(), incident, plan.steps(), at, by, List.of(), Version.NEW);
    }

    /** PLAN-01: ticks step {@code step}, which must be the next one in order. */
    public Activation tick(int step, PersonId by, Instant at) {
        if (isComplete()) {
            throw new RuleViolation("PLAN-01", "every step of this activation is already ticked");
        }
        int next = ticks.size() + 1;
        if (step != next) {
            throw new RuleViolation("PLAN-01", "the steps of a plan are ticked in order: the next is step " + next + " (" + steps.get(next - 1)
                    + "), not step " + step);
        }
        Instant last = ticks.isEmpty() ? activatedAt : ticks.get(ticks.size() - 1).at();
        if (at.isBefore(last)) {
            throw new IllegalArgumentException("a step cannot be ticked at " + at + ", before " + last);
        }
        List<Tick> more = new ArrayList<>(ticks);
        more.add(new Tick(step, by, at));
        return new Activation(id, plan, incident, steps, activatedAt, activatedBy, more, version);
    }

    /** Whether every step is ticked. */
    public boolean isComplete() {
        return ticks.size() == steps.size();
    }

    /** The same activation as stored at {@code stored}; used by repository adapters only. */
    public Activation withVersion(Version stored) {
        return new Activation(id, plan, incident, steps, activatedAt, activatedBy, ticks, stored);
    }
}
