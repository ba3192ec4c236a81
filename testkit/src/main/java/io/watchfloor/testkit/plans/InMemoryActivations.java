package io.watchfloor.testkit.plans;

import io.watchfloor.plans.Activation;
import io.watchfloor.plans.ActivationId;
import io.watchfloor.plans.port.out.Activations;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The activations of contingency plans in memory. */
public final class InMemoryActivations implements Activations {

    private final InMemoryVersionedStore<ActivationId, Activation> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryActivations(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("activation", Activation::id, Activation::version, Activation::withVersion, transactions);
    }

    @Override
    public Activation save(Activation activation) {
        return store.save(activation);
    }

    @Override
    public Optional<Activation> find(ActivationId id) {
        return store.find(id);
    }

    @Override
    public List<Activation> all() {
        return store.select(a -> true, Comparator.comparing(Activation::activatedAt).thenComparing(a -> a.id().value()));
    }
}
