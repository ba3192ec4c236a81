package io.watchfloor.shifts.port.out;

import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaId;
import java.util.List;
import java.util.Optional;

/**
 * The rotas. {@link #save} inserts a new rota (version 0) as version 1 and updates a stored one only at
 * its stored version, raising {@link io.watchfloor.shared.ConcurrentModification} otherwise.
 */
public interface Rotas {

    /** Stores {@code rota} and returns it with its new version. */
    Rota save(Rota rota);

    /** The rota with this id, if stored. */
    Optional<Rota> find(RotaId id);

    /** The rota with this id; throws {@link NotFound} when there is none. */
    default Rota get(RotaId id) {
        return find(id).orElseThrow(() -> new NotFound("rota", id));
    }

    /** Every rota whose horizon overlaps {@code range}, drafts and published, ordered by first day. */
    List<Rota> overlapping(TimeRange range);
}
