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
     */
    record Command(@NotNull PersonId outgoing, @NotNull PersonId incoming, @NotBlank @Size(max = 4000) String situation,
                   @NotNull List<@NotNull CaseId> openCases, @NotNull List<@NotNull IncidentId> incidents,
                   @NotNull List<@NotBlank String> instructions, @NotNull List<@NotBlank String> faultyDevices,
                   @NotNull List<@NotBlank String> equipment) {
    }
}
