package io.watchfloor.testkit.devices;

import io.watchfloor.devices.DevicesModule;
import io.watchfloor.testkit.shared.InMemoryTransactions;

/** Every devices store in memory over one {@link InMemoryTransactions}, ready for {@link DevicesModule#create}. */
public final class InMemoryDeviceStores {

    public final InMemoryDevices devices;
    public final InMemoryInspectionSchedules schedules;
    public final InMemoryInspections inspections;
    public final InMemoryFaultReports faults;
    public final InMemoryRepairOrders repairs;
    public final InMemoryChangeRequests changes;
    public final InMemoryChangeViolations violations;
    public final InMemoryHealthRecords health;
    public final InMemoryServiceRecords servicing;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryDeviceStores(InMemoryTransactions transactions) {
        devices = new InMemoryDevices(transactions);
        schedules = new InMemoryInspectionSchedules(transactions);
        inspections = new InMemoryInspections(transactions);
        faults = new InMemoryFaultReports(transactions);
        repairs = new InMemoryRepairOrders(transactions);
        changes = new InMemoryChangeRequests(transactions);
        violations = new InMemoryChangeViolations(transactions);
        health = new InMemoryHealthRecords(transactions);
        servicing = new InMemoryServiceRecords(transactions);
    }

    /** {@return the stores as the module takes them} */
    public DevicesModule.Stores stores() {
        return new DevicesModule.Stores(devices, schedules, inspections, faults, repairs, changes, violations, health, servicing);
    }
}
