package io.watchfloor.examples.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.devices.ChangeState;
import io.watchfloor.devices.Device;
import io.watchfloor.devices.DeviceEvent;
import io.watchfloor.devices.DeviceStatus;
import io.watchfloor.devices.DeviceType;
import io.watchfloor.devices.FaultSource;
import io.watchfloor.devices.Inspection;
import io.watchfloor.devices.RepairOrder;
import io.watchfloor.devices.ServiceKind;
import io.watchfloor.examples.DemoWeek;
import io.watchfloor.examples.DutyReport;
import io.watchfloor.testkit.devices.InMemoryDeviceStores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The devices part of the demo week")
class DevicesWeekTest {

    private static DemoWeek.Played played;
    private static DevicesWeek week;
    private static InMemoryDeviceStores stores;
    private static DutyReport report;
    private static final Instant END = DemoWeek.START.plus(DemoWeek.LENGTH);

    @BeforeAll
    static void play() {
        played = DemoWeek.standard().play();
        week = played.centre().part(DevicesWeek.class);
        stores = week.stores();
        report = played.report();
    }

    private static long figure(String key) {
        return report.figure(key).longValue();
    }

    @Test
    @Tag("DEVICE-01")
    @DisplayName("the archive holds every good row of the asset register, and the report names each refused row")
    void archive() {
        long dataRows = week.archiveCsv().lines().skip(1).filter(l -> !l.isBlank()).count();
        assertEquals(stores.devices.count(), figure("devices.archive.total"));
        assertEquals(stores.devices.ofType(DeviceType.CAMERA).size(), figure("devices.archive.cameras"));
        assertEquals(dataRows - stores.devices.count(), figure("devices.import.badRows"));
        assertEquals(4, figure("devices.import.badRows"), "a password, a hotel room and two duplicates");
        assertTrue(report.render().contains("DEVICE-07: camera HP-CAM-027 may not record in a hotel or lodging room"), report.render());
        assertTrue(!report.render().contains("Hik12345"), "the password never reaches the report");
    }

    @Test
    @Tag("DEVICE-02")
    @DisplayName("inspections counted are the ones stored; the cameras the ill operator missed are overdue at the end")
    void inspections() {
        List<Inspection> all = stores.devices.ofType(DeviceType.CAMERA).stream().flatMap(d -> stores.inspections.forDevice(d.id()).stream()).toList();
        long overdue = stores.devices.ofType(DeviceType.CAMERA).stream().filter(Device::isInstalled)
                .filter(d -> stores.inspections.forDevice(d.id()).stream().map(Inspection::at).max(Instant::compareTo).orElse(d.registeredAt())
                        .plus(Duration.ofHours(8)).isBefore(END))
                .count();
        assertEquals(all.size(), figure("devices.inspections.recorded"));
        assertEquals(all.stream().filter(i -> !i.passed()).count(), figure("devices.inspections.failed"));
        assertEquals(overdue, figure("devices.inspections.overdueAtEnd"));
        assertTrue(overdue > 0);
    }

    @Test
    @Tag("DEVICE-03")
    @DisplayName("faults, repairs and mean time to repair match the repair orders' own histories")
    void repairs() {
        List<RepairOrder> orders = stores.repairs.all();
        assertEquals(stores.faults.all().size(), figure("devices.faults.reported"));
        assertEquals(stores.faults.all().stream().filter(f -> f.source() == FaultSource.HEALTH_MONITOR).count(), figure("devices.faults.byHealthMonitor"));
        assertEquals(orders.stream().filter(o -> !o.isOpen()).count(), figure("devices.repairs.verified"));
        assertEquals(0, figure("devices.repairs.open"));
        OptionalDouble mean = orders.stream().filter(o -> o.deviceType() == DeviceType.CAMERA && !o.isOpen())
                .mapToLong(o -> Duration.between(o.history().get(0).at(), o.repairedAt().orElseThrow()).toMinutes()).average();
        assertEquals((long) mean.orElseThrow(), figure("devices.repairs.mttrMinutes.camera"));
        assertEquals(0, figure("devices.faultyAtEnd"));
        assertEquals(stores.devices.inStatus(DeviceStatus.FAULTY).size(), figure("devices.faultyAtEnd"));
        assertEquals(DeviceStatus.SPARE, stores.devices.withAssetNumber("HP-CAM-SPARE-1").orElseThrow().status());
    }

    @Test
    @Tag("DEVICE-04")
    @DisplayName("changes: requests, applications, refusals and violations as stored")
    void changes() {
        assertEquals(stores.changes.all().size(), figure("devices.changes.requested"));
        assertEquals(stores.changes.all().stream().filter(r -> r.state() == ChangeState.APPLIED).count(), figure("devices.changes.applied"));
        assertEquals(stores.violations.all().size(), figure("devices.changes.violations"));
        assertEquals(2, figure("devices.changes.violations"), "the turned camera 30 and camera 25");
        assertEquals(1, figure("devices.changes.refused"), "the changing room");
    }

    @Test
    @Tag("DEVICE-05")
    @DisplayName("health events in the report are the ones the health monitor published, and everything is healthy at the end")
    void health() {
        var events = played.centre().events();
        assertEquals(events.ofType(DeviceEvent.HealthProblemAppeared.class).size(), figure("devices.health.problemsAppeared"));
        assertEquals(events.ofType(DeviceEvent.HealthProblemCleared.class).size(), figure("devices.health.problemsCleared"));
        assertEquals(figure("devices.health.problemsAppeared"), figure("devices.health.problemsCleared"));
        assertEquals(report.figure("week.ticks").longValue(), figure("devices.health.sweeps"));
        assertTrue(stores.health.unhealthy().isEmpty());
    }

    @Test
    @Tag("DEVICE-06")
    @DisplayName("servicing records and firmware upgrades are the stored ones, and the upgraded cameras run the new version")
    void servicing() {
        assertEquals(stores.servicing.all().size(), figure("devices.servicing.records"));
        long upgrades = stores.servicing.all().stream().filter(s -> s.kind() == ServiceKind.FIRMWARE_UPGRADE).count();
        assertEquals(upgrades, figure("devices.servicing.firmwareUpgrades"));
        assertEquals(upgrades, stores.devices.ofType(DeviceType.CAMERA).stream().filter(d -> d.details().firmware().equals("V5.7.17")).count());
    }
}
