package io.watchfloor.adapters.jdbc;

import io.watchfloor.cases.IncidentType;
import io.watchfloor.plans.Activation;
import io.watchfloor.plans.ActivationId;
import io.watchfloor.plans.ContingencyPlan;
import io.watchfloor.plans.PlanId;
import io.watchfloor.plans.port.out.Activations;
import io.watchfloor.plans.port.out.ContingencyPlans;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The plans context's stores over {@code wf_contingency_plans} and {@code wf_activations}. */
public final class JdbcPlans {

    private JdbcPlans() {
    }

    /** Contingency plans, one per incident type. */
    public static final class Plans implements ContingencyPlans {
        private final DocumentTable<ContingencyPlan> table;

        /** Plans in the database of {@code transactions}. */
        public Plans(JdbcTransactions transactions) {
            this.table = new DocumentTable<>(transactions, "wf_contingency_plans", "contingency plan",
                    ContingencyPlan.class, ContingencyPlan::id, ContingencyPlan::version,
                    (p, v) -> new ContingencyPlan(p.id(), p.type(), p.title(), p.steps(), p.drills(), v),
                    Columns.of(ContingencyPlan.class).add("incident_type", ContingencyPlan::type));
        }

        @Override
        public ContingencyPlan save(ContingencyPlan plan) {
            return table.save(plan);
        }

        @Override
        public Optional<ContingencyPlan> find(PlanId id) {
            return table.find(id);
        }

        @Override
        public Optional<ContingencyPlan> forType(IncidentType type) {
            return table.where("incident_type = ?", "id", type).stream().findFirst();
        }

        /** Every plan, in the order of the incident types (a handful of rows, sorted here). */
        @Override
        public List<ContingencyPlan> all() {
            return table.all("id").stream().sorted(Comparator.comparing(ContingencyPlan::type)).toList();
        }
    }

    /** Activations of plans, in the order they were activated. */
    public static final class PlanActivations implements Activations {
        private final DocumentTable<Activation> table;

        /** Activations in the database of {@code transactions}. */
        public PlanActivations(JdbcTransactions transactions) {
            this.table = new DocumentTable<>(transactions, "wf_activations", "activation", Activation.class,
                    Activation::id, Activation::version,
                    (a, v) -> new Activation(a.id(), a.plan(), a.incident(), a.steps(), a.activatedAt(),
                            a.activatedBy(), a.ticks(), v),
                    Columns.of(Activation.class).add("activated_at", Activation::activatedAt));
        }

        @Override
        public Activation save(Activation activation) {
            return table.save(activation);
        }

        @Override
        public Optional<Activation> find(ActivationId id) {
            return table.find(id);
        }

        @Override
        public List<Activation> all() {
            return table.all("activated_at, id");
        }
    }
}
