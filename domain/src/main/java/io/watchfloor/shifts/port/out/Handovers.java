package io.watchfloor.shifts.port.out;

import io.watchfloor.shared.NotFound;
import io.watchfloor.shifts.Handover;
import io.watchfloor.shifts.HandoverId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The handovers, versioned like {@link Rotas}. */
public interface Handovers {

    /** Stores {@code handover} and returns it with its new version. */
    Handover save(Handover handover);

    /** The handover with this id, if stored. */
    Optional<Handover> find(HandoverId id);

    /** The handover with this id; throws {@link NotFound} when there is none. */
    default Handover get(HandoverId id) {
        return find(id).orElseThrow(() -> new NotFound("handover", id));
    }

    /** Every handover at the shift boundary {@code boundary}, in the order written. */
    List<Handover> at(Instant boundary);

    /** Every handover with a boundary in {@code [from, to)}, ordered by boundary. */
    List<Handover> between(Instant from, Instant to);
}
