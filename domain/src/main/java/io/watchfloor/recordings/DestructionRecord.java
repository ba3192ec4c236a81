package io.watchfloor.recordings;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.TimeRange;
import java.time.Instant;
import java.util.Objects;

/**
 * The record a destruction leaves, kept forever (RET-06): what was destroyed (segment, camera, range,
 * location, size, content hash), when, by which policy and path, and who ordered it.
 *
 * <p>It is written <em>before</em> the media is deleted, as {@link Stage#PENDING}; once the
 * {@link io.watchfloor.recordings.port.out.RecordingStore} has deleted the media it becomes
 * {@link Stage#DONE}, in the same unit of work that removes the segment. A sweep interrupted
 * between the two finds the pending record and completes it; if the footage became protected
 * meanwhile and its media is still there, the record is {@link Stage#WITHDRAWN}. So media is never
 * deleted without a record. The only change a record ever sees is this one step out of
 * {@code PENDING}; its content is never altered and it is never deleted.
 *
 * @param orderedBy who ordered a manual deletion or erasure, or {@code null} for the sweep and capacity pressure
 * @param decidedAt when the destruction was decided (the instant the sweep or pressure ran for)
 * @param stageAt when the record reached its stage
 */
public record DestructionRecord(DestructionRecordId id, SegmentId segment, CameraId camera, TimeRange range,
                                MediaLocation location, long sizeBytes, ContentHash hash, Instant keptUntil,
                                String policy, DestructionCause cause, PersonId orderedBy, String note,
                                Instant decidedAt, Stage stage, Instant stageAt) {

    /** Where a destruction stands. */
    public enum Stage {
        /** Decided and recorded; the media may or may not be deleted yet. */
        PENDING,
        /** The media is deleted and the segment removed. */
        DONE,
        /** Not carried out: the footage became protected before its media was deleted. */
        WITHDRAWN
    }

    public DestructionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(keptUntil, "keptUntil");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(stageAt, "stageAt");
        note = note == null ? "" : note;
    }

    /** The pending record of destroying {@code segment}, decided at {@code at}. */
    public static DestructionRecord pending(Segment segment, String policy, DestructionCause cause, PersonId orderedBy,
                                            String note, Instant at) {
        return new DestructionRecord(DestructionRecordId.newId(), segment.id(), segment.camera(), segment.range(),
                segment.location(), segment.sizeBytes(), segment.hash(), segment.keepUntil(), policy, cause, orderedBy,
                note, at, Stage.PENDING, at);
    }

    /** The record once the media is deleted. */
    public DestructionRecord done(Instant at) {
        return moved(Stage.DONE, at);
    }

    /** The record of a destruction not carried out. */
    public DestructionRecord withdrawn(Instant at) {
        return moved(Stage.WITHDRAWN, at);
    }

    private DestructionRecord moved(Stage to, Instant at) {
        if (stage != Stage.PENDING) {
            throw new IllegalStateException("destruction record " + id + " is " + stage + "; only a pending record moves on");
        }
        return new DestructionRecord(id, segment, camera, range, location, sizeBytes, hash, keptUntil, policy, cause,
                orderedBy, note, decidedAt, to, at);
    }
}
