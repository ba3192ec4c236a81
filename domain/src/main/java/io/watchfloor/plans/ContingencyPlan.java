package io.watchfloor.plans;

import io.watchfloor.cases.IncidentType;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contingency plan (应急预案, PLAN-01) for one incident type: its ordered steps, and its drills
 * (PLAN-02), the next one always scheduled.
 */
public record ContingencyPlan(PlanId id, IncidentType type, String title, List<String> steps, List<Drill> drills, Version version) {

    public ContingencyPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(version, "version");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a plan needs a title");
        }
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.stream().anyMatch(s -> s == null || s.isBlank())) {
            throw new IllegalArgumentException("a plan needs at least one step, none blank");
        }
        drills = List.copyOf(drills);
    }

    /** A new plan whose first drill is scheduled for {@code firstDrill}. */
    public static ContingencyPlan define(IncidentType type, String title, List<String> steps, Instant firstDrill) {
        return new ContingencyPlan(PlanId.newId(), type, title, steps, List.of(Drill.scheduled(firstDrill)), Version.NEW);
    }

    /** The drill scheduled and not yet held, if any. */
    public Optional<Drill> nextDrill() {
        return drills.stream().filter(d -> !d.isHeld()).findFirst();
    }

    /** PLAN-02: schedules a drill; refused while one is scheduled and not held. */
    public ContingencyPlan schedule(Instant at) {
        if (nextDrill().isPresent()) {
            throw new RuleViolation("PLAN-02", "plan " + title + " already has a drill scheduled for " + nextDrill().get().scheduledFor());
        }
        List<Drill> more = new ArrayList<>(drills);
        more.add(Drill.scheduled(at));
        return new ContingencyPlan(id, type, title, steps, more, version);
    }

    /** PLAN-02: records a drill held at {@code at}; it fulfils the scheduled one, and the next is scheduled for {@code next}. */
    public ContingencyPlan recordDrill(Instant at, PersonId by, String notes, Instant next) {
        List<Drill> updated = new ArrayList<>();
        boolean fulfilled = false;
        for (Drill d : drills) {
            if (!fulfilled && !d.isHeld()) {
                updated.add(new Drill(d.scheduledFor(), at, by, notes, d.flaggedOverdue()));
                fulfilled = true;
            } else {
                updated.add(d);
            }
        }
        if (!fulfilled) {
            updated.add(new Drill(at, at, by, notes, false));
        }
        updated.add(Drill.scheduled(next));
        return new ContingencyPlan(id, type, title, steps, updated, version);
    }

    /** Marks the scheduled drill as flagged overdue. */
    public ContingencyPlan flagOverdue() {
        List<Drill> updated = new ArrayList<>();
        for (Drill d : drills) {
            updated.add(!d.isHeld() && !d.flaggedOverdue() ? new Drill(d.scheduledFor(), null, null, null, true) : d);
        }
        return new ContingencyPlan(id, type, title, steps, updated, version);
    }

    /** The same plan as stored at {@code stored}; used by repository adapters only. */
    public ContingencyPlan withVersion(Version stored) {
        return new ContingencyPlan(id, type, title, steps, drills, stored);
    }
}
