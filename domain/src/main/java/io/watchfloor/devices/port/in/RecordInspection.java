package io.watchfloor.devices.port.in;

import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.Inspection;
import io.watchfloor.devices.InspectionScheduleId;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.Bounds;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Records an inspection (DEVICE-02) by an operator, shift leader or technician: the result of every
 * item of the schedule's checklist, no more and no less, for a device of the schedule's type.
 */
public interface RecordInspection {

    /** Records it, at the clock's time, and returns it. */
    Inspection record(Command command);

    /** Who inspected which device under which schedule, each item's result and notes. */
    record Command(@NotNull PersonId inspector, @NotNull DeviceId device, @NotNull InspectionScheduleId schedule,
                   @NotEmpty @Size(max = Bounds.ITEMS) Map<@NotNull @Size(max = Bounds.NAME) String, @NotNull Boolean> results, @Size(max = 2000) String notes) {
    }
}
