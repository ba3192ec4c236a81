package io.watchfloor.devices.port.out;

import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.Inspection;
import io.watchfloor.devices.InspectionScheduleId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The inspection records (DEVICE-02). Append-only: a record is added once and never changed;
 * adding an id twice raises {@link io.watchfloor.shared.ConcurrentModification}.
 */
public interface Inspections {

    /** Adds a record. */
    void add(Inspection inspection);

    /** The latest record of {@code device} under {@code schedule}, if any. */
    Optional<Inspection> latest(DeviceId device, InspectionScheduleId schedule);

    /** The records of a device, oldest first. */
    List<Inspection> forDevice(DeviceId device);

    /** Every record made in {@code [from, to)}, oldest first. */
    List<Inspection> between(Instant from, Instant to);
}
