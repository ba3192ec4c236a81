package io.watchfloor.recordings;

import io.watchfloor.people.port.out.People;
import io.watchfloor.recordings.internal.RecordingsService;
import io.watchfloor.recordings.port.in.AdoptRetentionPolicy;
import io.watchfloor.recordings.port.in.ChangeHold;
import io.watchfloor.recordings.port.in.DestroySegment;
import io.watchfloor.recordings.port.in.FindFootage;
import io.watchfloor.recordings.port.in.PlaceHold;
import io.watchfloor.recordings.port.in.RegisterBackup;
import io.watchfloor.recordings.port.in.RegisterSegments;
import io.watchfloor.recordings.port.in.RelieveStoragePressure;
import io.watchfloor.recordings.port.in.SweepRetention;
import io.watchfloor.recordings.port.out.Backups;
import io.watchfloor.recordings.port.out.CameraZones;
import io.watchfloor.recordings.port.out.DestructionRecords;
import io.watchfloor.recordings.port.out.EvidenceReferences;
import io.watchfloor.recordings.port.out.Holds;
import io.watchfloor.recordings.port.out.RecordingControl;
import io.watchfloor.recordings.port.out.RecordingStore;
import io.watchfloor.recordings.port.out.RetentionPolicies;
import io.watchfloor.recordings.port.out.Segments;
import io.watchfloor.shared.Runtime;
import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import jakarta.validation.Validator;
import java.time.Clock;

/**
 * Wires the recordings and retention use cases by hand:
 * {@code RecordingsModule.create(new RecordingsModule.Ports(...), runtime)}.
 */
public final class RecordingsModule {

    private final RecordingsService service;

    private RecordingsModule(RecordingsService service) {
        this.service = service;
    }

    /**
     * The outbound ports of the context.
     *
     * @param zones each camera's zone importance (devices context)
     * @param references the footage open cases and investigations refer to (cases context)
     * @param people the staff records, to check who may do what (PEOPLE-01)
     */
    public record Ports(Segments segments, Holds holds, Backups backups, DestructionRecords records,
                        RetentionPolicies policies, CameraZones zones, EvidenceReferences references,
                        RecordingStore store, RecordingControl control, People people) {
    }

    /** The recordings context over {@code ports}, running on {@code runtime}. */
    public static RecordingsModule create(Ports ports, Runtime runtime) {
        return new RecordingsModule(new RecordingsService(ports.segments(), ports.holds(), ports.backups(), ports.records(), ports.policies(),
                ports.zones(), ports.references(), ports.store(), ports.control(), ports.people(), runtime.unitOfWork(), runtime.clock()));
    }

    /**
     * The recordings context over the given ports.
     *
     * @deprecated use {@link #create(Ports, Runtime)}.
     */
    @Deprecated(forRemoval = true)
    public static RecordingsModule create(Ports ports, EventSink events, Transactions transactions, Clock clock, Validator validator) {
        return create(ports, Runtime.of(clock, validator, transactions, events));
    }

    public RegisterSegments registerSegments() {
        return service;
    }

    public AdoptRetentionPolicy adoptRetentionPolicy() {
        return service;
    }

    public PlaceHold placeHold() {
        return service;
    }

    public ChangeHold changeHold() {
        return service;
    }

    public RegisterBackup registerBackup() {
        return service;
    }

    public SweepRetention sweepRetention() {
        return service;
    }

    public RelieveStoragePressure relieveStoragePressure() {
        return service;
    }

    public DestroySegment destroySegment() {
        return service;
    }

    public FindFootage findFootage() {
        return service;
    }
}
