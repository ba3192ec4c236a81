package io.watchfloor.shifts.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaId;
import jakarta.validation.constraints.NotNull;

/** Publishes a rota; refused with SHIFT-01 while any post has a gap. */
public interface PublishRota {

    /** Publishes it and returns it as stored. */
    Rota publish(Command command);

    /** The values of the PublishRota command, checked by validation before anything happens. */
    record Command(@NotNull PersonId actor, @NotNull RotaId rota) {
    }
}
