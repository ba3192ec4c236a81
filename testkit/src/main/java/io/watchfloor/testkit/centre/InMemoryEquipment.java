package io.watchfloor.testkit.centre;

import io.watchfloor.access.Ed25519Signer;
import io.watchfloor.access.IdNumberSeal;
import io.watchfloor.testkit.access.InMemoryStaffIdNumbers;
import io.watchfloor.centre.Centre;
import io.watchfloor.testkit.access.AccessSamples;
import io.watchfloor.testkit.access.InMemoryClearances;
import io.watchfloor.testkit.access.InMemoryFootageArchive;
import io.watchfloor.testkit.access.RecordingMasker;
import io.watchfloor.testkit.devices.ScriptedCameraGateway;
import io.watchfloor.testkit.recordings.InMemoryRecordingControl;
import io.watchfloor.testkit.recordings.InMemoryRecordingStore;
import java.time.Clock;

/**
 * The equipment of a centre as fakes: scripted cameras, video storage and recorders in memory, a
 * clearance register, footage files and a masker, and the test key for visitors' ID numbers (never a
 * production key).
 */
public final class InMemoryEquipment {

    public final ScriptedCameraGateway cameras;
    public final InMemoryRecordingStore recordingStore;
    public final InMemoryRecordingControl recordingControl = new InMemoryRecordingControl();
    public final InMemoryClearances clearances = new InMemoryClearances();
    public final InMemoryFootageArchive footage = new InMemoryFootageArchive();
    public final RecordingMasker masker = new RecordingMasker();
    public final IdNumberSeal seal = AccessSamples.TEST_SEAL;
    /** Staff members' sealed ID numbers (ACCESS-10), recorded with {@link InMemoryStaffIdNumbers#record}. */
    public final InMemoryStaffIdNumbers idNumbers = new InMemoryStaffIdNumbers(seal);
    /** A checkpoint signer with a key made for this run (never a production key). */
    public final Ed25519Signer signer = Ed25519Signer.of(Ed25519Signer.newKeyPair());

    /** The fakes, the cameras and the video storage reading {@code clock}. */
    public InMemoryEquipment(Clock clock) {
        this.cameras = new ScriptedCameraGateway(clock);
        this.recordingStore = new InMemoryRecordingStore(clock);
    }

    /** The equipment as a centre takes it. */
    public Centre.Equipment equipment() {
        return new Centre.Equipment(cameras, recordingStore, recordingControl, clearances, footage, masker, seal, idNumbers,
                signer);
    }
}
