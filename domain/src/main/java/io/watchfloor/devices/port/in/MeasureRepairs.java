package io.watchfloor.devices.port.in;

import io.watchfloor.devices.RepairTimes;
import java.util.List;

/** Mean time to repair per device type (DEVICE-03), over the verified repair orders. */
public interface MeasureRepairs {

    /** One entry per device type that has verified repairs, in the order of the types. */
    List<RepairTimes> meanTimeToRepair();
}
