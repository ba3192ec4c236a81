package io.watchfloor.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.devices.port.in.MonitorCameraHealth;
import io.watchfloor.testkit.devices.ScriptedCamera;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("DEVICE-05")
@DisplayName("DEVICE-05: camera health")
class HealthMonitorTest {

    private final DevicesFixtures centre = new DevicesFixtures();

    private ScriptedCamera scripted(Device camera) {
        return centre.gateway.at(camera.details().address());
    }

    private DeviceHealth check(Device camera) {
        return centre.module.monitorCameraHealth().check(new MonitorCameraHealth.Command(camera.id()));
    }

    @Test
    @DisplayName("a camera going offline raises an event; when it stays offline past 15 minutes a fault is reported and a repair order opened")
    void offlineBecomesAFault() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        assertTrue(check(camera).isHealthy());
        scripted(camera).goOffline();

        DeviceHealth first = check(camera);
        centre.clock.advance(Duration.ofMinutes(14));
        HealthSweep stillShort = centre.module.monitorCameraHealth().sweep();
        centre.clock.advance(Duration.ofMinutes(1));
        HealthSweep persisted = centre.module.monitorCameraHealth().sweep();
        centre.clock.advance(Duration.ofMinutes(5));
        HealthSweep again = centre.module.monitorCameraHealth().sweep();

        assertEquals(Set.of(HealthProblem.OFFLINE), first.problems().keySet());
        assertEquals(1, centre.events.ofType(DeviceEvent.HealthProblemAppeared.class).size());
        assertTrue(stillShort.faults().isEmpty());
        assertEquals(1, persisted.faults().size());
        FaultReport fault = persisted.faults().get(0);
        assertEquals(FaultSource.HEALTH_MONITOR, fault.source());
        assertEquals(Set.of(Symptom.OFFLINE), fault.symptoms());
        assertTrue(fault.description().startsWith("health monitor: offline since 2026-11-23 09:00"), fault.description());
        assertTrue(again.faults().isEmpty(), "one fault per persisting problem");
        assertEquals(RepairState.REPORTED, centre.stores.repairs.openFor(camera.id()).orElseThrow().state());
        assertEquals(DeviceStatus.FAULTY, centre.stores.devices.get(camera.id()).status());
    }

    @Test
    @DisplayName("a camera coming back clears the problem with an event that says how long it lasted")
    void clears() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        scripted(camera).at(centre.clock.instant().plus(Duration.ofMinutes(5)), ScriptedCamera::goOffline)
                .at(centre.clock.instant().plus(Duration.ofMinutes(12)), ScriptedCamera::comeBack);

        for (int minute = 0; minute <= 15; minute += 5) {
            centre.module.monitorCameraHealth().sweep();
            centre.clock.advance(Duration.ofMinutes(5));
        }

        List<DeviceEvent.HealthProblemCleared> cleared = centre.events.ofType(DeviceEvent.HealthProblemCleared.class);
        assertEquals(1, cleared.size());
        assertEquals(Duration.ofMinutes(10), cleared.get(0).lasted());
        assertTrue(centre.stores.health.find(camera.id()).orElseThrow().isHealthy());
        assertTrue(centre.stores.faults.all().isEmpty(), "10 minutes offline is not yet a fault");
    }

    @Test
    @DisplayName("clock drift beyond 5 s is a problem, 5 s is not; the limit is a policy setting")
    void clockDrift() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        scripted(camera).setClockOffset(Duration.ofSeconds(5));
        assertTrue(check(camera).isHealthy());

        scripted(camera).setClockOffset(Duration.ofSeconds(-6));
        DeviceHealth drifting = check(camera);

        assertEquals("clock behind by 6 s, more than the 5 s allowed", drifting.problems().get(HealthProblem.CLOCK_DRIFT).detail());
        DevicesFixtures lenient = new DevicesFixtures(DevicePolicy.DEFAULT.withMaxClockDrift(Duration.ofSeconds(10)));
        Device other = lenient.camera("HP-CAM-00001", 1);
        lenient.gateway.at(other.details().address()).setClockOffset(Duration.ofSeconds(-6));
        assertTrue(lenient.module.monitorCameraHealth().check(new MonitorCameraHealth.Command(other.id())).isHealthy());
    }

    @Test
    @DisplayName("stream, picture and storage problems are found; what a camera does not offer is not a problem")
    void otherProblems() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        ScriptedCamera c = scripted(camera);
        c.stopStream("RTSP 503");
        c.reportPicture(Set.of(PictureProblem.OBSTRUCTED));
        c.setStorage(new StorageState(100L << 30, 5L << 30, StorageCondition.OK));

        Map<HealthProblem, DeviceHealth.Ongoing> problems = check(camera).problems();
        c.startStream();
        c.withoutPictureAnalysis();
        c.withoutStorage();
        DeviceHealth quiet = check(camera);

        assertEquals(Set.of(HealthProblem.STREAM_UNAVAILABLE, HealthProblem.ABNORMAL_PICTURE, HealthProblem.STORAGE_LOW), problems.keySet());
        assertEquals("obstructed", problems.get(HealthProblem.ABNORMAL_PICTURE).detail());
        assertEquals("5 % free, less than 10 %", problems.get(HealthProblem.STORAGE_LOW).detail());
        assertTrue(quiet.isHealthy());
        assertEquals(3, centre.events.ofType(DeviceEvent.HealthProblemCleared.class).size());
    }

    @Test
    @DisplayName("refused credentials make a camera not manageable, which is not the same as offline")
    void notManageable() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        scripted(camera).refuseCredentials();

        DeviceHealth health = check(camera);

        assertEquals(Set.of(HealthProblem.NOT_MANAGEABLE), health.problems().keySet());
        assertFalse(health.problems().containsKey(HealthProblem.OFFLINE));
    }

    @Test
    @DisplayName("a scene change seen by the camera without an approved re-aim is recorded as a DEVICE-04 violation")
    @Tag("DEVICE-04")
    void sceneChange() {
        Device camera = centre.camera("HP-CAM-00001", 1);
        scripted(camera).reportPicture(Set.of(PictureProblem.SCENE_CHANGED));

        check(camera);

        assertEquals(1, centre.stores.violations.forDevice(camera.id()).size());
        assertEquals(ChangeKind.REAIM, centre.stores.violations.forDevice(camera.id()).get(0).kind());
    }

    @Test
    @DisplayName("checking equipment that is not a reachable camera, or an unknown device, is refused and nothing is stored")
    void badChecks() {
        Device nvr = centre.device("HP-NVR-1", DeviceType.NVR_DVR, 1, false);

        io.watchfloor.shared.InvalidCommand refusal = org.junit.jupiter.api.Assertions.assertThrows(io.watchfloor.shared.InvalidCommand.class,
                () -> check(nvr));
        org.junit.jupiter.api.Assertions.assertThrows(io.watchfloor.shared.NotFound.class,
                () -> centre.module.monitorCameraHealth().check(new MonitorCameraHealth.Command(DeviceId.newId())));

        assertEquals("device: HP-NVR-1 is not a camera with a network address", refusal.errors().get(0).toString());
        assertTrue(centre.stores.health.find(nvr.id()).isEmpty());
    }

    @Test
    @DisplayName("the time before a problem becomes a fault is a policy setting")
    void faultAfterIsConfigurable() {
        DevicesFixtures quick = new DevicesFixtures(DevicePolicy.DEFAULT.withFaultAfter(Duration.ofMinutes(5)));
        Device camera = quick.camera("HP-CAM-00001", 1);
        quick.gateway.at(camera.details().address()).stopStream("no frames");

        quick.module.monitorCameraHealth().sweep();
        quick.clock.advance(Duration.ofMinutes(5));
        HealthSweep sweep = quick.module.monitorCameraHealth().sweep();

        assertEquals(1, sweep.checked());
        assertEquals(Set.of(Symptom.ABNORMAL_PICTURE), sweep.faults().get(0).symptoms());
    }
}
