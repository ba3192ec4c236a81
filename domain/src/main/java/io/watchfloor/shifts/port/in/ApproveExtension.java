package io.watchfloor.shifts.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.Sane;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A supervisor approves working beyond the shift (SHIFT-02): the person stays on the post from the end of their duty until {@code until}. */
public interface ApproveExtension {

    /** Records the approved extension and returns the rota as stored. */
    Rota approve(Command command);

    /**
     * The values of the ApproveExtension command, checked by validation before anything happens.
     *
     * @param supervisor a shift leader or the centre head
     * @param dutyEnd when the duty being extended ends
     */
    record Command(@NotNull PersonId supervisor, @NotNull RotaId rota, @NotNull PersonId person, @NotNull Role post,
                   @NotNull @Sane Instant dutyEnd, @NotNull @Sane Instant until) {

        /** Checked by validation as the property {@code until}. */
        @AssertTrue(message = "must be after dutyEnd")
        public boolean isUntil() {
            return dutyEnd == null || until == null || until.isAfter(dutyEnd);
        }
    }
}
