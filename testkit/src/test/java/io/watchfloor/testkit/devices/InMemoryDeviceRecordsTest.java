package io.watchfloor.testkit.devices;

import io.watchfloor.devices.port.out.ChangeViolations;
import io.watchfloor.devices.port.out.FaultReports;
import io.watchfloor.devices.port.out.HealthRecords;
import io.watchfloor.devices.port.out.InspectionSchedules;
import io.watchfloor.devices.port.out.Inspections;
import io.watchfloor.devices.port.out.ServiceRecords;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryDeviceRecordsTest extends DeviceRecordsContract {

    private final InMemoryTransactions tx = new InMemoryTransactions();

    @Override
    protected InspectionSchedules newSchedules() {
        return new InMemoryInspectionSchedules(tx);
    }

    @Override
    protected Inspections newInspections() {
        return new InMemoryInspections(tx);
    }

    @Override
    protected FaultReports newFaultReports() {
        return new InMemoryFaultReports(tx);
    }

    @Override
    protected ChangeViolations newChangeViolations() {
        return new InMemoryChangeViolations(tx);
    }

    @Override
    protected HealthRecords newHealthRecords() {
        return new InMemoryHealthRecords(tx);
    }

    @Override
    protected ServiceRecords newServiceRecords() {
        return new InMemoryServiceRecords(tx);
    }
}
