package io.watchfloor.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.devices.port.in.RecordServicing;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("DEVICE-06")
@DisplayName("DEVICE-06: servicing and firmware upgrades")
class ServicingTest {

    private final DevicesFixtures centre = new DevicesFixtures();

    @Test
    @DisplayName("a firmware upgrade is recorded with both versions, and the device's firmware and history change with it")
    void firmwareUpgrade() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        String before = camera.details().firmware();

        ServiceRecord record = centre.module.recordServicing().record(new RecordServicing.Command(centre.technician.id(), camera.id(),
                ServiceKind.FIRMWARE_UPGRADE, "security patch for CVE-2021-36260", before, "V5.7.9"));

        Device after = centre.stores.devices.get(camera.id());
        assertEquals(before, record.firmwareFrom());
        assertEquals("V5.7.9", after.details().firmware());
        assertEquals(List.of(new DeviceChange.FieldChange("firmware", before, "V5.7.9")), after.history().get(after.history().size() - 1).fields());
        assertEquals(List.of(record), centre.stores.servicing.forDevice(camera.id()));
        assertEquals(new DeviceEvent.FirmwareUpgraded(camera.id(), before, "V5.7.9", DevicesFixtures.MONDAY_9AM),
                centre.events.ofType(DeviceEvent.FirmwareUpgraded.class).get(0));
    }

    @Test
    @DisplayName("an upgrade from a version the device does not run is refused naming DEVICE-06, and nothing changes")
    void wrongFromVersion() {
        Device camera = centre.camera("HP-CAM-00001", 1);

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.recordServicing().record(new RecordServicing.Command(
                centre.technician.id(), camera.id(), ServiceKind.FIRMWARE_UPGRADE, "upgrade", "V4.0.0", "V5.7.9")));

        assertEquals("DEVICE-06: device HP-CAM-00001 runs firmware " + camera.details().firmware()
                + ", not V4.0.0: the upgrade must name the version it replaces", refusal.getMessage());
        assertEquals(camera.details().firmware(), centre.stores.devices.get(camera.id()).details().firmware());
        assertTrue(centre.stores.servicing.all().isEmpty());
    }

    @Test
    @DisplayName("other servicing is recorded without versions; versions on a cleaning, or an upgrade to the same version, are refused by field")
    void otherServicing() {
        Device camera = centre.camera("HP-CAM-00001", 1);

        centre.module.recordServicing().record(new RecordServicing.Command(centre.technician.id(), camera.id(), ServiceKind.CLEANING, "lens and housing", null, null));
        InvalidCommand versions = assertThrows(InvalidCommand.class, () -> centre.module.recordServicing().record(new RecordServicing.Command(
                centre.technician.id(), camera.id(), ServiceKind.CLEANING, "lens", "V1", "V2")));
        InvalidCommand same = assertThrows(InvalidCommand.class, () -> centre.module.recordServicing().record(new RecordServicing.Command(
                centre.technician.id(), camera.id(), ServiceKind.FIRMWARE_UPGRADE, "again", "V5.7.1", "V5.7.1")));
        RuleViolation operator = assertThrows(RuleViolation.class, () -> centre.module.recordServicing().record(new RecordServicing.Command(
                centre.operator.id(), camera.id(), ServiceKind.CLEANING, "wiped it", null, null)));

        assertEquals("firmwareTo", versions.errors().get(0).field());
        assertEquals("firmwareTo", same.errors().get(0).field());
        assertEquals("PEOPLE-01", operator.ruleId());
        assertEquals(1, centre.stores.servicing.all().size());
    }
}
