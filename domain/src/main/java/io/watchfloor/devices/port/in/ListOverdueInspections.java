package io.watchfloor.devices.port.in;

import io.watchfloor.devices.OverdueInspection;
import java.util.List;

/**
 * The inspections that are overdue now (DEVICE-02): for every schedule and every installed device of
 * its type, the last inspection under it (or the device's registration) plus the schedule's
 * interval lies in the past. Ordered by due time, most overdue first.
 */
public interface ListOverdueInspections {

    /** The overdue inspections at the clock's time. */
    List<OverdueInspection> overdue();
}
