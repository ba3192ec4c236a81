package io.watchfloor.plans.internal;

import io.watchfloor.people.Role;
import io.watchfloor.people.port.out.People;
import io.watchfloor.plans.Activation;
import io.watchfloor.plans.ContingencyPlan;
import io.watchfloor.plans.Drill;
import io.watchfloor.plans.PlanPolicy;
import io.watchfloor.plans.PlansEvent;
import io.watchfloor.plans.port.in.ActivatePlan;
import io.watchfloor.plans.port.in.DefinePlan;
import io.watchfloor.plans.port.in.RunDrills;
import io.watchfloor.plans.port.out.Activations;
import io.watchfloor.plans.port.out.ContingencyPlans;
import io.watchfloor.shared.Bounds;
import io.watchfloor.shared.CommandValidation;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.UnitOfWork;
import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The plan use cases over the {@link ContingencyPlans} and {@link Activations} ports. */
public final class PlansService implements DefinePlan, ActivatePlan, RunDrills {

    private static final Set<Role> CENTRE_STAFF = Set.of(Role.OPERATOR, Role.SHIFT_LEADER, Role.CENTRE_HEAD);

    private final ContingencyPlans plans;
    private final Activations activations;
    private final People people;
    private final EventSink events;
    private final Transactions transactions;
    private final Clock clock;
    private final CommandValidation validation;
    private final PlanPolicy policy;

    public PlansService(ContingencyPlans plans, Activations activations, People people, UnitOfWork unit, Clock clock, PlanPolicy policy) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.activations = Objects.requireNonNull(activations, "activations");
        this.people = Objects.requireNonNull(people, "people");
        this.events = unit.events();
        this.transactions = Objects.requireNonNull(unit, "unit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.validation = unit.validation();
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public ContingencyPlan define(DefinePlan.Command command) {
        validation.valid(command);
        return transactions.inTransaction(() -> {
            people.get(command.centreHead()).requireRole(Role.CENTRE_HEAD, "define a contingency plan");
            plans.forType(command.type()).ifPresent(p -> {
                throw new RuleViolation("PLAN-01", "there is already a contingency plan for " + command.type() + ": " + p.title());
            });
            Instant now = clock.instant();
            ContingencyPlan stored = plans.save(ContingencyPlan.define(command.type(), command.title(), command.steps(), policy.nextDrillAfter(now)));
            events.publish(new PlansEvent.PlanDefined(stored.id(), stored.type(), now));
            events.publish(new PlansEvent.DrillScheduled(stored.id(), stored.nextDrill().orElseThrow().scheduledFor(), now));
            return stored;
        });
    }

    @Override
    public Optional<Activation> activate(ActivatePlan.Command command) {
        validation.valid(command);
        return transactions.inTransaction(() -> {
            people.get(command.by()).requireAnyRole(CENTRE_STAFF, "activate a contingency plan");
            Optional<ContingencyPlan> plan = plans.forType(command.type());
            if (plan.isEmpty()) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            Activation stored = activations.save(Activation.of(plan.get(), command.incident(), command.by(), now));
            events.publish(new PlansEvent.PlanActivated(stored.id(), stored.plan(), command.incident(), now));
            return Optional.of(stored);
        });
    }

    @Override
    public Activation tick(ActivatePlan.Tick command) {
        validation.valid(command);
        return transactions.inTransaction(() -> {
            people.get(command.by()).requireAnyRole(CENTRE_STAFF, "tick a step of a contingency plan");
            Instant now = clock.instant();
            Activation stored = activations.save(activations.get(command.activation()).tick(command.step(), command.by(), now));
            events.publish(new PlansEvent.StepTicked(stored.id(), command.step(), command.by(), now));
            return stored;
        });
    }

    @Override
    public ContingencyPlan schedule(Schedule command) {
        validation.valid(command);
        return transactions.inTransaction(() -> {
            people.get(command.by()).requireAnyRole(Set.of(Role.SHIFT_LEADER, Role.CENTRE_HEAD), "schedule a drill");
            Instant now = clock.instant();
            if (!command.at().isAfter(now)) {
                throw new io.watchfloor.shared.InvalidCommand("Schedule", List.of(new io.watchfloor.shared.InvalidCommand.FieldError("at",
                        "must be in the future")));
            }
            ContingencyPlan stored = plans.save(plans.get(command.plan()).schedule(command.at()));
            events.publish(new PlansEvent.DrillScheduled(stored.id(), command.at(), now));
            return stored;
        });
    }

    @Override
    public ContingencyPlan record(Held command) {
        validation.valid(command);
        return transactions.inTransaction(() -> {
            people.get(command.by()).requireAnyRole(Set.of(Role.SHIFT_LEADER, Role.CENTRE_HEAD), "record a drill");
            Instant now = clock.instant();
            ContingencyPlan stored = plans.save(plans.get(command.plan()).recordDrill(now, command.by(), command.notes(), policy.nextDrillAfter(now)));
            events.publish(new PlansEvent.DrillRecorded(stored.id(), command.by(), now));
            events.publish(new PlansEvent.DrillScheduled(stored.id(), stored.nextDrill().orElseThrow().scheduledFor(), now));
            return stored;
        });
    }

    @Override
    public List<ContingencyPlan> flagOverdue(Instant now) {
        Bounds.instant("RunDrills", "now", now);
        return transactions.inTransaction(() -> {
            List<ContingencyPlan> overdue = new ArrayList<>();
            for (ContingencyPlan plan : plans.all()) {
                Optional<Drill> next = plan.nextDrill();
                if (next.isPresent() && next.get().isOverdueAt(now)) {
                    if (!next.get().flaggedOverdue()) {
                        plan = plans.save(plan.flagOverdue());
                        events.publish(new PlansEvent.DrillOverdue(plan.id(), next.get().scheduledFor(), next.get().scheduledFor()));
                    }
                    overdue.add(plan);
                }
            }
            return overdue;
        });
    }
}
