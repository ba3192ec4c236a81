package io.watchfloor.shifts.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.Sane;
import io.watchfloor.shifts.Rota;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Creates an empty draft rota over whole weeks under the module's policy; its horizon may not overlap another rota's. */
public interface CreateRota {

    /** Creates it and returns it as stored. */
    Rota create(Command command);

    /**
     * The values of the CreateRota command, checked by validation before anything happens.
     *
     * @param actor a shift leader or the centre head (PEOPLE-01)
     */
    record Command(@NotNull PersonId actor, @NotNull @Sane LocalDate firstDay, @Min(1) @Max(53) int weeks) {
    }
}
