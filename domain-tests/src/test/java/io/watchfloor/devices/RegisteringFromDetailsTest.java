package io.watchfloor.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.devices.port.in.RegisterDevice;
import io.watchfloor.shared.CameraId;
import io.watchfloor.testkit.devices.DeviceSamples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("DEVICE-01")
@DisplayName("DEVICE-01: a registration reads as what it is, not as 23 positional values")
class RegisteringFromDetailsTest {

    private final DevicesFixtures centre = new DevicesFixtures();

    @Test
    @DisplayName("a camera registered into service from its details enters the archive with exactly those details")
    void inService() {
        DeviceDetails details = DeviceSamples.camera("HP-CAM-00031", 5);

        Device camera = centre.module.registerDevice().register(RegisterDevice.Command.inService(centre.technician.id(), details));

        assertEquals(details, camera.details());
        assertEquals(DeviceStatus.IN_SERVICE, camera.status());
    }

    @Test
    @DisplayName("a spare (not recording) goes to the spares; a camera known elsewhere keeps its camera id")
    void spareAndKnownCamera() {
        CameraId known = CameraId.newId();

        Device spare = centre.module.registerDevice().register(RegisterDevice.Command.spare(centre.technician.id(),
                DeviceSamples.details("HP-CAM-00032", DeviceType.CAMERA, 6, false)));
        Device kept = centre.module.registerDevice().register(RegisterDevice.Command.keepingCamera(centre.technician.id(),
                DeviceSamples.camera("HP-CAM-00033", 7), known));

        assertEquals(DeviceStatus.SPARE, spare.status());
        assertEquals(known, kept.camera());
    }
}
