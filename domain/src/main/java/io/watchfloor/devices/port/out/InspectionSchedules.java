package io.watchfloor.devices.port.out;

import io.watchfloor.devices.DeviceType;
import io.watchfloor.devices.InspectionSchedule;
import io.watchfloor.devices.InspectionScheduleId;
import io.watchfloor.shared.NotFound;
import java.util.List;
import java.util.Optional;

/** The inspection schedules (DEVICE-02), versioned like {@link Devices}; listings ordered by name. */
public interface InspectionSchedules {

    /** Stores {@code schedule} and returns it with its new version. */
    InspectionSchedule save(InspectionSchedule schedule);

    /** The schedule with this id, if stored. */
    Optional<InspectionSchedule> find(InspectionScheduleId id);

    /** The schedule with this id; throws {@link NotFound} when there is none. */
    default InspectionSchedule get(InspectionScheduleId id) {
        return find(id).orElseThrow(() -> new NotFound("inspection schedule", id));
    }

    /** The schedules of one device type. */
    List<InspectionSchedule> forType(DeviceType type);

    /** Every schedule. */
    List<InspectionSchedule> all();
}
