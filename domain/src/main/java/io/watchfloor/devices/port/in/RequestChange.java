package io.watchfloor.devices.port.in;

import io.watchfloor.devices.ChangeKind;
import io.watchfloor.devices.ChangeRequest;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.ProposedChange;
import io.watchfloor.people.PersonId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Requests a change to a device: moving, re-aiming, reconfiguring or changing its use (DEVICE-04).
 * It is applied only after approval. A change that could never be applied (a recording camera into
 * a prohibited place, DEVICE-07) is refused at once.
 */
public interface RequestChange {

    /** Records the request and returns it as stored. */
    ChangeRequest request(Command command);

    /** Who asks for which change to which device, and why. */
    record Command(@NotNull PersonId requester, @NotNull DeviceId device, @NotNull ChangeKind kind,
                   @NotNull ProposedChange proposal, @NotBlank @Size(max = 2000) String reason) {

        /** Checked as the property {@code proposal}: it carries what its kind needs and nothing else. */
        @AssertTrue(message = "does not fit the kind of change: a move needs a location, a re-aim an aim, "
                + "a reconfiguration a network address or credentials reference, a change of use a zone or the recording switch")
        public boolean isProposal() {
            return kind == null || proposal == null || proposal.problemsFor(kind).isEmpty();
        }
    }
}
