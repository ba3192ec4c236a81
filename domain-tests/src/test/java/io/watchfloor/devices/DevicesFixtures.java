package io.watchfloor.devices;

import io.watchfloor.devices.port.in.RegisterDevice;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.Runtime;
import io.watchfloor.testkit.devices.DeviceSamples;
import io.watchfloor.testkit.devices.InMemoryDeviceStores;
import io.watchfloor.testkit.devices.ScriptedCameraGateway;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/** A devices context on in-memory adapters with a small staff, for the tests of this package. */
final class DevicesFixtures {

    /** Monday 23 November 2026, 09:00 in Shanghai. */
    static final Instant MONDAY_9AM = Instant.parse("2026-11-23T01:00:00Z");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryPeople people = new InMemoryPeople(transactions);
    final InMemoryDeviceStores stores = new InMemoryDeviceStores(transactions);
    final RecordingEventSink events = new RecordingEventSink();
    final SettableClock clock = SettableClock.at(MONDAY_9AM, SHANGHAI);
    final ScriptedCameraGateway gateway = new ScriptedCameraGateway(clock);
    final Runtime runtime = Runtime.of(clock, Validators.validator(), transactions, events);
    final DevicesModule module;

    final Person operator = person("Li Na", Role.OPERATOR);
    final Person technician = person("Zheng Kai", Role.TECHNICIAN);
    final Person secondTechnician = person("Fang Yu", Role.TECHNICIAN);
    final Person shiftLeader = person("Zhou Min", Role.SHIFT_LEADER, Role.OPERATOR);
    final Person centreHead = person("Sun Jianguo", Role.CENTRE_HEAD);
    final Person supervisor = person("Ma Chao", Role.FIELD_SUPERVISOR);

    DevicesFixtures() {
        this(DevicePolicy.DEFAULT);
    }

    DevicesFixtures(DevicePolicy policy) {
        module = DevicesModule.create(new DevicesModule.Ports(stores.stores(), gateway, people, policy), runtime);
    }

    private Person person(String name, Role... roles) {
        return people.save(Person.newPerson(name, Set.of(roles), null));
    }

    /** A camera registered by the technician, reachable through the scripted gateway. */
    Device camera(String asset, int n) {
        Device device = module.registerDevice().register(DeviceSamples.registerCamera(technician.id(), asset, n));
        gateway.install(device.endpoint().orElseThrow());
        return device;
    }

    /** A device of any type registered by the technician, in service or as a spare. */
    Device device(String asset, DeviceType type, int n, boolean spare) {
        return module.registerDevice().register(DeviceSamples.command(technician.id(), DeviceSamples.details(asset, type, n, false), spare));
    }

    RegisterDevice.Command cameraCommand(PersonId actor, String asset, int n) {
        return DeviceSamples.registerCamera(actor, asset, n);
    }
}
