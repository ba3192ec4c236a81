package io.watchfloor.devices.port.in;

import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.FaultReport;
import io.watchfloor.devices.RepairOrder;
import io.watchfloor.devices.Symptom;
import io.watchfloor.people.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Reports a fault with its symptoms (DEVICE-03), by staff on duty (operator, shift leader,
 * technician, field supervisor, centre head). It opens a repair order, or joins the device's open one,
 * and an installed device becomes faulty.
 */
public interface ReportFault {

    /** Reports it and returns the report with its repair order as stored. */
    Reported report(Command command);

    /** The stored report and the repair order it belongs to. */
    record Reported(FaultReport report, RepairOrder order) {
    }

    /** Who reports, which device, its symptoms and a description. */
    record Command(@NotNull PersonId reporter, @NotNull DeviceId device, @NotEmpty Set<@NotNull Symptom> symptoms,
                   @NotBlank @Size(max = 2000) String description) {
    }
}
