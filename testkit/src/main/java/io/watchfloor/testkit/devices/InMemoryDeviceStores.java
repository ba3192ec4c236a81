package io.watchfloor.testkit.devices;

import io.watchfloor.devices.DevicesModule;
import io.watchfloor.testkit.shared.InMemoryTransactions;

/** Every devices store in memory over one {@link InMemoryTransactions}, ready for {@link DevicesModule#create}. */
public final class InMemoryDeviceStores {

    /** The archive. */
    public final InMemoryDevices devices;
    /** The inspection schedules. */
    public final InMemoryInspectionSchedules schedules;
    /** The inspection records. */
    public final InMemoryInspections inspections;
    /** The fault reports. */
    public final InMemoryFaultReports faults;
    /** The repair orders. */
    public final InMemoryRepairOrders repairs;
    /** The change requests. */
    public final InMemoryChangeRequests changes;
    /** The violations of unapproved changes. */
    public final InMemoryChangeViolations violations;
    /** The health records. */
    public final InMemoryHealthRecords health;
    /** The servicing and firmware records. */
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
