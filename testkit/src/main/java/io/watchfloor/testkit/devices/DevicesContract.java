package io.watchfloor.testkit.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.devices.Device;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.DeviceStatus;
import io.watchfloor.devices.DeviceType;
import io.watchfloor.devices.port.out.Devices;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.Page;
import io.watchfloor.shared.PageRequest;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What every {@link Devices} adapter must do (DEVICE-01); supply a fresh, empty store per test. */
@Tag("DEVICE-01")
public abstract class DevicesContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract Devices newDevices();

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    private static final PersonId TECH = PersonId.newId();

    @Test
    @DisplayName("a device is stored as version 1 with its details, camera id and history, and found by id, asset number and camera")
    void storesAndFinds() {
        Devices devices = newDevices();
        Device camera = DeviceSamples.registered(DeviceSamples.camera("HP-CAM-00017", 17), T0, TECH);

        Device stored = devices.save(camera);

        assertEquals(new Version(1), stored.version());
        assertEquals(stored, devices.get(camera.id()));
        assertEquals(camera.details(), devices.get(camera.id()).details());
        assertEquals(camera.history(), devices.get(camera.id()).history());
        assertEquals(stored, devices.withAssetNumber("HP-CAM-00017").orElseThrow());
        assertEquals(stored, devices.withCamera(camera.camera()).orElseThrow());
        assertTrue(devices.withCamera(CameraId.newId()).isEmpty());
        assertThrows(NotFound.class, () -> devices.get(DeviceId.newId()));
    }

    @Test
    @DisplayName("a change based on the stored version advances it and keeps the history; a stale one is refused and changes nothing")
    void optimisticLocking() {
        Devices devices = newDevices();
        Device stored = devices.save(DeviceSamples.registered(DeviceSamples.camera("HP-CAM-00001", 1), T0, TECH));

        Device faulty = devices.save(stored.markFaulty(T0.plusSeconds(60), TECH, "picture flickers").device());

        assertEquals(new Version(2), faulty.version());
        assertEquals(2, devices.get(stored.id()).history().size());
        assertThrows(ConcurrentModification.class, () -> devices.save(stored.markFaulty(T0.plusSeconds(90), TECH, "again").device()));
        assertThrows(ConcurrentModification.class, () -> devices.save(stored.withVersion(Version.NEW)));
        assertEquals(DeviceStatus.FAULTY, devices.get(stored.id()).status());
    }

    @Test
    @DisplayName("a second device with an asset number already taken is refused")
    void uniqueAssetNumber() {
        Devices devices = newDevices();
        devices.save(DeviceSamples.registered(DeviceSamples.camera("HP-CAM-00001", 1), T0, TECH));

        assertThrows(ConcurrentModification.class,
                () -> devices.save(DeviceSamples.registered(DeviceSamples.camera("HP-CAM-00001", 2), T0, TECH)));

        assertEquals(1, devices.count());
    }

    @Test
    @DisplayName("devices are listed by type, by status and by page, ordered by asset number")
    void listings() {
        Devices devices = newDevices();
        for (String asset : List.of("HP-CAM-003", "HP-CAM-001", "HP-NVR-001", "HP-CAM-002")) {
            DeviceType type = asset.contains("NVR") ? DeviceType.NVR_DVR : DeviceType.CAMERA;
            devices.save(DeviceSamples.registered(DeviceSamples.details(asset, type, asset.hashCode() & 0xff, type == DeviceType.CAMERA), T0, TECH));
        }

        assertEquals(List.of("HP-CAM-001", "HP-CAM-002", "HP-CAM-003"), devices.ofType(DeviceType.CAMERA).stream().map(Device::assetNumber).toList());
        assertEquals(4, devices.inStatus(DeviceStatus.IN_SERVICE).size());
        Page<Device> first = devices.list(PageRequest.first(3));
        assertEquals(List.of("HP-CAM-001", "HP-CAM-002", "HP-CAM-003"), first.items().stream().map(Device::assetNumber).toList());
        assertTrue(first.hasNext());
        assertEquals(List.of("HP-NVR-001"), devices.list(first.request().next()).items().stream().map(Device::assetNumber).toList());
        assertFalse(devices.list(first.request().next()).hasNext());
        assertEquals(4, devices.count());
    }
}
