package io.watchfloor.plans.port.out;

import io.watchfloor.plans.Activation;
import io.watchfloor.plans.ActivationId;
import io.watchfloor.shared.NotFound;
import java.util.List;
import java.util.Optional;

/** The activations of contingency plans, versioned. */
public interface Activations {

    /** Stores the activation and returns it with its new version. */
    Activation save(Activation activation);

    /** The activation with this id, if stored. */
    Optional<Activation> find(ActivationId id);

    /** The activation with this id; throws {@link NotFound} when there is none. */
    default Activation get(ActivationId id) {
        return find(id).orElseThrow(() -> new NotFound("activation", id));
    }

    /** Every activation, oldest first. */
    List<Activation> all();
}
