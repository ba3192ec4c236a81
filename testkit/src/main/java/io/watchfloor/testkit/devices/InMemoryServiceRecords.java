package io.watchfloor.testkit.devices;

import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.ServiceRecord;
import io.watchfloor.devices.ServiceRecordId;
import io.watchfloor.devices.port.out.ServiceRecords;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.util.Comparator;
import java.util.List;

/** The servicing and firmware records in memory, append-only. */
public final class InMemoryServiceRecords implements ServiceRecords {

    private final AppendOnlyLog<ServiceRecordId, ServiceRecord> log;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryServiceRecords(InMemoryTransactions transactions) {
        this.log = new AppendOnlyLog<>("service record", ServiceRecord::id, transactions);
    }

    @Override
    public void add(ServiceRecord record) {
        log.add(record);
    }

    @Override
    public List<ServiceRecord> forDevice(DeviceId device) {
        List<ServiceRecord> list = log.select(r -> r.device().equals(device));
        list.sort(Comparator.comparing(ServiceRecord::at));
        return list;
    }

    @Override
    public List<ServiceRecord> all() {
        List<ServiceRecord> list = log.select(r -> true);
        list.sort(Comparator.comparing(ServiceRecord::at));
        return list;
    }
}
