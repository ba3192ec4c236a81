package io.watchfloor.devices.port.in;

import io.watchfloor.devices.ChangeKind;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.ObservedChangeOutcome;
import io.watchfloor.people.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Records a change seen on a device (DEVICE-04): covered when an approved request of the same kind
 * is awaiting application or was applied within the policy's window before; otherwise recorded as a
 * violation and announced.
 */
public interface RecordObservedChange {

    /** Decides and records what the observed change is. */
    ObservedChangeOutcome record(Command command);

    /** @param observer who saw it */
    record Command(@NotNull PersonId observer, @NotNull DeviceId device, @NotNull ChangeKind kind,
                   @NotBlank @Size(max = 2000) String description) {
    }
}
