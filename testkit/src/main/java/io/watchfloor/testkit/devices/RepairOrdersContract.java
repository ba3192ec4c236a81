package io.watchfloor.testkit.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.DeviceType;
import io.watchfloor.devices.RepairOrder;
import io.watchfloor.devices.RepairOrderId;
import io.watchfloor.devices.RepairState;
import io.watchfloor.devices.port.out.RepairOrders;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What every {@link RepairOrders} adapter must do (DEVICE-03); supply a fresh, empty store per test. */
@Tag("DEVICE-03")
public abstract class RepairOrdersContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract RepairOrders newRepairOrders();

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    private static final Person OPERATOR = Person.newPerson("Li Na", Set.of(Role.OPERATOR), null);
    private static final Person TECH = Person.newPerson("Zheng Kai", Set.of(Role.TECHNICIAN), null);

    private static RepairOrder opened(DeviceId device, Instant at) {
        return RepairOrder.open(RepairOrderId.newId(), DeviceSamples.fault(device, OPERATOR.id(), at), DeviceType.CAMERA);
    }

    @Test
    @DisplayName("an order is stored with its whole history, which replays to the stored state")
    void storesHistory() {
        RepairOrders orders = newRepairOrders();
        RepairOrder order = orders.save(opened(DeviceId.newId(), T0));
        RepairOrder assigned = orders.save(order.assign(TECH, TECH, T0.plusSeconds(300)).order());
        RepairOrder started = orders.save(assigned.start(TECH, T0.plusSeconds(900)).order());

        RepairOrder found = orders.get(order.id());

        assertEquals(new Version(3), found.version());
        assertEquals(started, found);
        assertEquals(RepairState.IN_REPAIR, found.state());
        assertEquals(found.withVersion(Version.NEW), RepairOrder.replay(found.id(), found.device(), found.deviceType(), found.history()));
        assertThrows(NotFound.class, () -> orders.get(RepairOrderId.newId()));
    }

    @Test
    @DisplayName("open orders are listed by the time reported; a verified one is no longer open; a stale save is refused")
    void openOrders() {
        RepairOrders orders = newRepairOrders();
        DeviceId a = DeviceId.newId();
        DeviceId b = DeviceId.newId();
        RepairOrder first = orders.save(opened(a, T0));
        RepairOrder second = orders.save(opened(b, T0.plusSeconds(60)));
        RepairOrder done = first.assign(TECH, TECH, T0.plusSeconds(120)).order().start(TECH, T0.plusSeconds(180)).order()
                .finish(TECH, T0.plusSeconds(240), "lens cleaned").order().verify(TECH, T0.plusSeconds(300)).order();

        assertEquals(List.of(first.id(), second.id()), orders.open().stream().map(RepairOrder::id).toList());
        orders.save(done);

        assertEquals(List.of(second.id()), orders.open().stream().map(RepairOrder::id).toList());
        assertTrue(orders.openFor(a).isEmpty());
        assertEquals(second.id(), orders.openFor(b).orElseThrow().id());
        assertEquals(2, orders.all().size());
        assertThrows(ConcurrentModification.class, () -> orders.save(first.assign(TECH, TECH, T0.plusSeconds(400)).order()));
    }

    @Test
    @DisplayName("a device has at most one open order")
    void oneOpenOrderPerDevice() {
        RepairOrders orders = newRepairOrders();
        DeviceId device = DeviceId.newId();
        orders.save(opened(device, T0));

        assertThrows(ConcurrentModification.class, () -> orders.save(opened(device, T0.plusSeconds(60))));

        assertEquals(1, orders.all().size());
    }
}
