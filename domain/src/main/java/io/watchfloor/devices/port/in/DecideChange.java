package io.watchfloor.devices.port.in;

import io.watchfloor.devices.ChangeRequest;
import io.watchfloor.devices.ChangeRequestId;
import io.watchfloor.people.PersonId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A shift leader or the centre head approves or rejects a change request; never its requester (DEVICE-04). */
public interface DecideChange {

    /** Approves it. */
    ChangeRequest approve(Command command);

    /** Rejects it; the note gives the reason. */
    ChangeRequest reject(Command command);

    /** @param note a remark on approval; the reason of a rejection (then required) */
    record Command(@NotNull PersonId approver, @NotNull ChangeRequestId request, @Size(max = 2000) String note) {
    }
}
