package io.watchfloor.shifts.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shifts.Handover;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The outgoing person writes and signs the handover of their post (SHIFT-04, SHIFT-10: the outgoing signs
 * first) to the person rostered next on it.
 */
public interface WriteHandover {

    /** Writes it and returns it as stored. */
    Handover write(Command command);

    /**
     * @param outgoing the person on duty, checked in
     * @param incoming the person rostered on the same post from the end of the outgoing duty
     * @param situation at most {@link Handover#SITUATION_MAX} characters; every list at most {@link Handover#ITEMS_MAX} items
     *                  and every line at most {@link Handover#LINE_MAX} characters
     */
    record Command(@NotNull PersonId outgoing, @NotNull PersonId incoming, @NotBlank @Size(max = Handover.SITUATION_MAX) String situation,
                   @NotNull @Size(max = Handover.ITEMS_MAX) List<@NotNull CaseId> openCases,
                   @NotNull @Size(max = Handover.ITEMS_MAX) List<@NotNull IncidentId> incidents,
                   @NotNull @Size(max = Handover.ITEMS_MAX) List<@NotBlank @Size(max = Handover.LINE_MAX) String> instructions,
                   @NotNull @Size(max = Handover.ITEMS_MAX) List<@NotBlank @Size(max = Handover.LINE_MAX) String> faultyDevices,
                   @NotNull @Size(max = Handover.ITEMS_MAX) List<@NotBlank @Size(max = Handover.LINE_MAX) String> equipment) {
    }
}
