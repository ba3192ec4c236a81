package io.watchfloor.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.devices.port.in.DecideChange;
import io.watchfloor.devices.port.in.RegisterDevice;
import io.watchfloor.devices.port.in.RequestChange;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.testkit.devices.DeviceSamples;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("DEVICE-07")
@DisplayName("DEVICE-07: no camera records in a prohibited place")
class ProhibitedPlacesTest {

    private final DevicesFixtures centre = new DevicesFixtures();

    @Test
    @DisplayName("registering a camera for recording in any prohibited place is refused naming DEVICE-07, and nothing is stored")
    void everyProhibitedPlace() {
        List<PlaceClass> prohibited = Arrays.stream(PlaceClass.values()).filter(PlaceClass::isProhibited).toList();
        assertEquals(List.of(PlaceClass.HOTEL_ROOM, PlaceClass.DORMITORY, PlaceClass.BATH, PlaceClass.TOILET, PlaceClass.CHANGING_ROOM,
                PlaceClass.NURSING_ROOM, PlaceClass.FITTING_ROOM, PlaceClass.OTHER_PRIVATE_SPACE), prohibited);
        for (PlaceClass place : prohibited) {
            RegisterDevice.Command command = Records.with(centre.cameraCommand(centre.technician.id(), "HP-CAM-00001", 1), "placeClass", place);

            ProhibitedPlace refusal = assertThrows(ProhibitedPlace.class, () -> centre.module.registerDevice().register(command));

            assertEquals("DEVICE-07", refusal.ruleId());
            assertTrue(refusal.getMessage().startsWith("DEVICE-07: camera HP-CAM-00001 may not record in a " + place.title()), refusal.getMessage());
        }
        assertEquals(0, centre.stores.devices.count());
        assertTrue(centre.events.all().isEmpty());
    }

    @Test
    @DisplayName("the same camera in a public place, or an NVR in an equipment room, is accepted")
    void permittedPlaces() {
        centre.module.registerDevice().register(centre.cameraCommand(centre.technician.id(), "HP-CAM-00001", 1));
        centre.module.registerDevice().register(Records.with(DeviceSamples.command(centre.technician.id(),
                DeviceSamples.details("HP-NVR-1", DeviceType.NVR_DVR, 2, false), false), "placeClass", PlaceClass.EQUIPMENT_ROOM));

        assertEquals(2, centre.stores.devices.count());
    }

    @Test
    @DisplayName("moving a recording camera into a changing room, or switching recording on in a nursing room, is refused at the request")
    void changesIntoProhibitedPlaces() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        Device idle = centre.module.registerDevice().register(Records.with(Records.with(centre.cameraCommand(centre.technician.id(), "HP-CAM-00002", 2),
                "recording", false), "placeClass", PlaceClass.NURSING_ROOM));

        RuleViolation move = assertThrows(RuleViolation.class, () -> centre.module.requestChange().request(new RequestChange.Command(centre.operator.id(),
                camera.id(), ChangeKind.MOVE, ProposedChange.move(DeviceSamples.spot(9), PlaceClass.CHANGING_ROOM, "lockers"), "thefts from lockers")));
        RuleViolation switchOn = assertThrows(RuleViolation.class, () -> centre.module.requestChange().request(new RequestChange.Command(centre.operator.id(),
                idle.id(), ChangeKind.CHANGE_USE, ProposedChange.changeUse(null, true), "record as well")));

        assertEquals("DEVICE-07", move.ruleId());
        assertEquals("DEVICE-07", switchOn.ruleId());
        assertTrue(centre.stores.changes.all().isEmpty());
        assertEquals(PlaceClass.PUBLIC_SPACE, centre.stores.devices.get(camera.id()).details().installation().placeClass());
    }

    @Test
    @DisplayName("no path stores a recording camera in a prohibited place: building one is refused wherever it is made")
    void modelRefusesIt() {
        DeviceDetails camera = DeviceSamples.camera("HP-CAM-00003", 3);

        assertThrows(ProhibitedPlace.class, () -> camera.withInstallation(new Installation(camera.installation().location(), PlaceClass.HOTEL_ROOM, "")));
        DeviceDetails notRecording = camera.withRecording(false).withInstallation(new Installation(camera.installation().location(), PlaceClass.FITTING_ROOM, ""));
        assertThrows(ProhibitedPlace.class, () -> notRecording.withRecording(true));
        assertEquals(List.of(), centre.stores.changes.all());
        assertThrows(io.watchfloor.shared.NotFound.class, () -> centre.module.decideChange()
                .approve(new DecideChange.Command(centre.shiftLeader.id(), ChangeRequestId.newId(), null)));
    }
}
