package io.watchfloor.devices.port.in;

import io.watchfloor.devices.DeviceType;
import io.watchfloor.devices.InspectionFrequency;
import io.watchfloor.devices.InspectionSchedule;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.Bounds;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Sets up an inspection schedule with its checklist for a device type (DEVICE-02), by a technician, shift leader or centre head. */
public interface ScheduleInspections {

    /** Creates the schedule and returns it as stored. */
    InspectionSchedule schedule(Command command);

    /** Who sets up the schedule, its name, device type, frequency and checklist. */
    record Command(@NotNull PersonId actor, @NotBlank @Size(max = 200) String name, @NotNull DeviceType type,
                   @NotNull InspectionFrequency frequency, @NotEmpty @Size(max = Bounds.ITEMS) List<@NotBlank @Size(max = 200) String> checklist) {
    }
}
