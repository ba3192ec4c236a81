package io.watchfloor.devices.port.in;

import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.RepairOrder;
import io.watchfloor.devices.RepairOrderId;
import io.watchfloor.people.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Moves a repair order along reported → assigned → in repair → repaired → verified (DEVICE-03).
 * Only technicians move a repair; only the assigned technician starts and finishes it. Verifying
 * puts the device back in service and its spare back in stock.
 */
public interface MoveRepair {

    /** Assigns (or reassigns) the repair to a technician. */
    RepairOrder assign(Assign command);

    /** The assigned technician starts. */
    RepairOrder start(Step command);

    /** The assigned technician reports it done. */
    RepairOrder finish(Finish command);

    /** The repair did not hold: back into repair, with the reason. */
    RepairOrder reject(Reject command);

    /** The repair is verified; the order closes. */
    RepairOrder verify(Step command);

    /** A spare of the same type stands in for the faulty device until the repair is verified. */
    RepairOrder standIn(StandIn command);

    /** Who assigns which order to which technician. */
    record Assign(@NotNull PersonId actor, @NotNull RepairOrderId order, @NotNull PersonId technician) {
    }

    /** Who takes the step on which order. */
    record Step(@NotNull PersonId actor, @NotNull RepairOrderId order) {
    }

    /** Who finishes which order, with a note on what was done. */
    record Finish(@NotNull PersonId actor, @NotNull RepairOrderId order, @Size(max = 2000) String note) {
    }

    /** Who finds which repair did not hold, and why. */
    record Reject(@NotNull PersonId actor, @NotNull RepairOrderId order, @NotBlank @Size(max = 2000) String reason) {
    }

    /** Who puts which spare in for which order. */
    record StandIn(@NotNull PersonId actor, @NotNull RepairOrderId order, @NotNull DeviceId spare) {
    }
}
