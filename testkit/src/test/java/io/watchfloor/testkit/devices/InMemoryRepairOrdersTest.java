package io.watchfloor.testkit.devices;

import io.watchfloor.devices.port.out.RepairOrders;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryRepairOrdersTest extends RepairOrdersContract {
    @Override
    protected RepairOrders newRepairOrders() {
        return new InMemoryRepairOrders(new InMemoryTransactions());
    }
}
