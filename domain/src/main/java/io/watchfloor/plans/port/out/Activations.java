package io.watchfloor.plans.port.out;

import io.watchfloor.plans.Activation;
import io.watchfloor.plans.ActivationId;
import io.watchfloor.shared.NotFound;
import java.util.List;
import java.util.Optional;

/** The activations of contingency plans, versioned. */
public interface Activations {

    Activation save(Activation activation);

    Optional<Activation> find(ActivationId id);

    default Activation get(ActivationId id) {
        return find(id).orElseThrow(() -> new NotFound("activation", id));
    }

    /** Every activation, oldest first. */
    List<Activation> all();
}
