package io.watchfloor.shifts.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.shifts.Handover;
import io.watchfloor.shifts.HandoverId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The incoming person checks the handover, accepts it or records discrepancies, and signs (SHIFT-04);
 * they must have checked in fit for duty (SHIFT-10). Responsibility passes at this signature.
 */
public interface SignHandover {

    /** Signs and returns the handover as stored. */
    Handover sign(Command command);

    /**
     * The values of the SignHandover command, checked by validation before anything happens.
     *
     * @param discrepancies what differs from the handover; empty to accept it as written; at most {@link Handover#ITEMS_MAX}
     *                      lines of at most {@link Handover#LINE_MAX} characters
     */
    record Command(@NotNull HandoverId handover, @NotNull PersonId incoming, @NotNull @Size(max = Handover.ITEMS_MAX) List<@NotBlank @Size(max = Handover.LINE_MAX) String> discrepancies) {
    }
}
