package io.watchfloor.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.devices.port.in.RegisterDevice;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.ZoneImportance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("DEVICE-01")
@DisplayName("DEVICE-01: the device archive")
class ArchiveTest {

    private final DevicesFixtures centre = new DevicesFixtures();

    @Test
    @DisplayName("a camera enters the archive with every detail, a camera id other contexts know it by, and its registration as history")
    void registersACamera() {
        RegisterDevice.Command command = centre.cameraCommand(centre.technician.id(), "HP-CAM-00017", 15);

        Device camera = centre.module.registerDevice().register(command);

        Device stored = centre.stores.devices.get(camera.id());
        assertEquals(camera, stored);
        assertNotNull(stored.camera());
        assertEquals(stored, centre.stores.devices.withCamera(stored.camera()).orElseThrow());
        assertEquals(ZoneImportance.IMPORTANT, stored.details().zone().importance());
        assertEquals(AccessLevel.ADVANCED, stored.details().zone().accessLevel());
        assertEquals("vault:cctv/huangpu/hp-cam-00017", stored.details().credentials().value());
        assertEquals(DeviceStatus.IN_SERVICE, stored.status());
        DeviceChange registration = stored.history().get(0);
        assertEquals("registered", registration.reason());
        assertEquals(centre.technician.id(), registration.actor());
        assertTrue(registration.touches("serial") && registration.touches("zoneImportance") && registration.touches("purchaseChannel"));
        assertEquals(List.of(new DeviceEvent.DeviceRegistered(camera.id(), "HP-CAM-00017", DeviceType.CAMERA, camera.camera(), DevicesFixtures.MONDAY_9AM)),
                centre.events.all());
    }

    @Test
    @DisplayName("equipment that is not a camera has no camera id; a camera id known elsewhere is kept")
    void cameraIds() {
        Device nvr = centre.device("HP-NVR-001", DeviceType.NVR_DVR, 1, false);
        CameraId known = CameraId.newId();

        Device camera = centre.module.registerDevice().register(Records.with(centre.cameraCommand(centre.technician.id(), "HP-CAM-00002", 2), "camera", known));

        assertNull(nvr.camera());
        assertEquals(known, camera.camera());
    }

    @Test
    @DisplayName("a second device with an asset number already in the archive is refused naming DEVICE-01, and nothing is stored")
    void uniqueAssetNumber() {
        centre.camera("HP-CAM-00001", 1);

        RuleViolation refusal = assertThrows(RuleViolation.class,
                () -> centre.module.registerDevice().register(centre.cameraCommand(centre.technician.id(), "HP-CAM-00001", 2)));

        assertEquals("DEVICE-01", refusal.ruleId());
        assertTrue(refusal.getMessage().startsWith("DEVICE-01: asset number HP-CAM-00001 is already in the archive"), refusal.getMessage());
        assertEquals(1, centre.stores.devices.count());
    }

    @Test
    @DisplayName("a password given as credentials is refused without repeating it; only a reference to a secret store is kept")
    void neverAPassword() {
        for (String secret : List.of("admin:Hik12345", "password=12345", "admin:12345@10.0.0.1", "Hik 12345", "12345")) {
            RegisterDevice.Command command = Records.with(centre.cameraCommand(centre.technician.id(), "HP-CAM-00003", 3), "credentialsReference", secret);

            InvalidCommand refusal = assertThrows(InvalidCommand.class, () -> centre.module.registerDevice().register(command));

            assertEquals(List.of("credentialsReference"), refusal.errors().stream().map(InvalidCommand.FieldError::field).toList());
            assertFalse(refusal.getMessage().contains(secret), refusal.getMessage());
        }
        assertEquals(0, centre.stores.devices.count());
        assertThrows(IllegalArgumentException.class, () -> new CredentialsReference("admin:admin"));
        assertEquals("vault", new CredentialsReference("vault:cctv/pudong/cam-0017").store());
    }

    @Test
    @DisplayName("network addresses are checked by hand: IPv4, IPv6 and host names with a port pass; anything else is refused by field")
    void networkAddresses() {
        for (String good : List.of("10.20.3.17", "10.20.3.17:554", "[fd00::17]:80", "fd00::17", "::1", "2001:db8:0:0:0:0:2:1",
                "cam-017.huangpu.example", "nvr1:8000", "::ffff:10.0.0.1")) {
            assertTrue(NetworkAddress.isValid(good), good);
        }
        for (String bad : List.of("", "10.20.3.256", "10.20.3", "rtsp://10.0.0.1", "admin@10.0.0.1", "10.0.0.1:0", "10.0.0.1:65536",
                "[fd00::17", "fd00:::17", "1:2:3:4:5:6:7:8:9", "-cam.example", "cam_1.example", "[10.0.0.1]:80")) {
            assertFalse(NetworkAddress.isValid(bad), bad);
        }
        RegisterDevice.Command command = Records.with(centre.cameraCommand(centre.technician.id(), "HP-CAM-00004", 4), "networkAddress", "10.0.0.300");

        InvalidCommand refusal = assertThrows(InvalidCommand.class, () -> centre.module.registerDevice().register(command));

        assertEquals("networkAddress", refusal.errors().get(0).field());
    }

    @Test
    @DisplayName("missing, malformed and contradictory values are refused field by field, and nothing is stored")
    void badInput() {
        RegisterDevice.Command good = centre.cameraCommand(centre.technician.id(), "HP-CAM-00005", 5);
        RegisterDevice.Command bad = Records.with(Records.with(Records.with(Records.with(Records.with(good,
                "model", " "), "purchasedOn", LocalDate.of(2022, 1, 1)), "latitude", 95.0), "assetNumber", "HP CAM 5"), "type", null);

        InvalidCommand refusal = assertThrows(InvalidCommand.class, () -> centre.module.registerDevice().register(bad));

        assertEquals(List.of("assetNumber", "latitude", "model", "purchasedOn", "type"),
                refusal.errors().stream().map(InvalidCommand.FieldError::field).distinct().toList());
        InvalidCommand future = assertThrows(InvalidCommand.class, () -> centre.module.registerDevice()
                .register(Records.with(Records.with(good, "producedOn", LocalDate.of(2027, 1, 1)), "purchasedOn", LocalDate.of(2027, 2, 1))));
        assertEquals("producedOn", future.errors().get(0).field());
        InvalidCommand nvrRecording = assertThrows(InvalidCommand.class, () -> centre.module.registerDevice()
                .register(Records.with(good, "type", DeviceType.NVR_DVR)));
        assertTrue(nvrRecording.errors().stream().anyMatch(e -> e.field().equals("recording")));
        assertEquals(0, centre.stores.devices.count());
        assertTrue(centre.events.all().isEmpty());
    }

    @Test
    @DisplayName("only a technician or the centre head keeps the archive; an unknown actor is not found")
    void whoRegisters() {
        RuleViolation refusal = assertThrows(RuleViolation.class,
                () -> centre.module.registerDevice().register(centre.cameraCommand(centre.operator.id(), "HP-CAM-00006", 6)));
        assertThrows(NotFound.class,
                () -> centre.module.registerDevice().register(centre.cameraCommand(PersonId.newId(), "HP-CAM-00006", 6)));
        centre.module.registerDevice().register(centre.cameraCommand(centre.centreHead.id(), "HP-CAM-00006", 6));

        assertEquals("PEOPLE-01", refusal.ruleId());
        assertEquals(1, centre.stores.devices.count());
    }

    @Test
    @DisplayName("every change is kept as history with the values before and after, who made it and why")
    void changeHistory() {
        Device camera = centre.camera("HP-CAM-00007", 7);
        centre.clock.advance(java.time.Duration.ofHours(2));

        Device moved = centre.stores.devices.save(camera.revise(camera.details().withInstallation(camera.details().installation().aimedAt("gate 3")),
                centre.clock.instant(), centre.technician.id(), "re-aimed").device());

        DeviceChange last = moved.history().get(moved.history().size() - 1);
        assertEquals(2, moved.history().size());
        assertEquals(List.of(new DeviceChange.FieldChange("aim", "towards the crossing", "gate 3")), last.fields());
        assertEquals(centre.clock.instant(), last.at());
        assertEquals(camera.history().get(0), moved.history().get(0));
        assertThrows(IllegalArgumentException.class, () -> moved.revise(moved.details(), centre.clock.instant(), centre.technician.id(), "nothing"));
    }
}
