package io.watchfloor.shifts.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.Sane;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaId;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Two people swap duties, approved by a shift leader or the centre head (SHIFT-05); both must be certified and keep the limits. */
public interface SwapShifts {

    /** Swaps and returns the rota as stored. */
    Rota swap(Command command);

    /** The values of the SwapShifts command, checked by validation before anything happens. */
    record Command(@NotNull PersonId approvedBy, @NotNull RotaId rota, @NotNull PersonId person, @NotNull Role post,
                   @NotNull @Sane Instant start, @NotNull PersonId other, @NotNull Role otherPost, @NotNull @Sane Instant otherStart) {
    }
}
