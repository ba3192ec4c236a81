package io.watchfloor.testkit.devices;

import io.watchfloor.devices.port.out.Devices;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryDevicesTest extends DevicesContract {
    @Override
    protected Devices newDevices() {
        return new InMemoryDevices(new InMemoryTransactions());
    }
}
