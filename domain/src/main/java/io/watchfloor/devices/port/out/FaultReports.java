package io.watchfloor.devices.port.out;

import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.FaultReport;
import io.watchfloor.devices.FaultReportId;
import io.watchfloor.shared.NotFound;
import java.util.List;
import java.util.Optional;

/** The fault reports (DEVICE-03). Append-only, like {@link Inspections}. */
public interface FaultReports {

    /** Adds a report. */
    void add(FaultReport report);

    /** The report with this id, if stored. */
    Optional<FaultReport> find(FaultReportId id);

    /** The report with this id; throws {@link NotFound} when there is none. */
    default FaultReport get(FaultReportId id) {
        return find(id).orElseThrow(() -> new NotFound("fault report", id));
    }

    /** The reports of a device, oldest first. */
    List<FaultReport> forDevice(DeviceId device);

    /** Every report, oldest first. */
    List<FaultReport> all();
}
