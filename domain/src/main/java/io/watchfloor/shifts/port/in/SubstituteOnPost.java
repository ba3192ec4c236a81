package io.watchfloor.shifts.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.Sane;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Approves an absence (leave, a temporary absence during duty) by putting a substitute on the post first
 * (SHIFT-05): the substitute takes the absent person's duty on the post over the interval.
 */
public interface SubstituteOnPost {

    /** Changes the rota and returns it as stored. */
    Rota substitute(Command command);

    /**
     * The values of the SubstituteOnPost command, checked by validation before anything happens.
     *
     * @param approvedBy a shift leader or the centre head
     */
    record Command(@NotNull PersonId approvedBy, @NotNull RotaId rota, @NotNull PersonId absent, @NotNull Role post,
                   @NotNull @Sane Instant start, @NotNull @Sane Instant end, @NotNull PersonId substitute, @NotBlank @Size(max = 500) String reason) {

        /** Checked by validation as the property {@code end}. */
        @AssertTrue(message = "must be after start")
        public boolean isEnd() {
            return start == null || end == null || end.isAfter(start);
        }
    }
}
