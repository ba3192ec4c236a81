package io.watchfloor.devices.port.out;

import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.ServiceRecord;
import java.util.List;

/** Servicing and firmware records (DEVICE-06). Append-only, like {@link Inspections}. */
public interface ServiceRecords {

    /** Adds a record. */
    void add(ServiceRecord record);

    /** The records of a device, oldest first. */
    List<ServiceRecord> forDevice(DeviceId device);

    /** Every record, oldest first. */
    List<ServiceRecord> all();
}
