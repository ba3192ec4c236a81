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
 * <p>It is written <em>before</em> the media is deleted, as {@link Stage#PENDING}. Just before the
 * media is deleted, the record is {@link Stage#CLAIMED} in a unit of work that checks the footage's
 * protection again and serializes with placing holds and references (ADR 0006): a hold committed
 * before the claim always saves the footage, and the record is then {@link Stage#WITHDRAWN}. Once
 * the {@link io.watchfloor.recordings.port.out.RecordingStore} has deleted the media the record
 * becomes {@link Stage#DONE}, in the same unit of work that removes the segment. A run interrupted
 * anywhere finds the unfinished record and carries it on: a claimed record whose media is gone is
 * done; any other is claimed again, with the protection checked again. When the store fails to
 * delete the media, the claim is given back (pending again). So media is never deleted
 * without a claimed record. A record only moves along these stages; its content is never altered
 * and it is never deleted.
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
        /** Decided and recorded; the media is not deleted yet. */
        PENDING,
        /** Claimed for deletion after protection was checked again; the media may or may not be deleted yet. */
        CLAIMED,
        /** The media is deleted and the segment removed. */
        DONE,
        /** Not carried out: the footage became protected (or was gone) before its media was claimed. */
        WITHDRAWN;

        /** Whether a record at this stage still has to be carried on (pending or claimed). */
        public boolean isUnfinished() {
            return this == PENDING || this == CLAIMED;
        }
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

    /**
     * The record claimed for deletion at {@code at}: from pending, or claimed again when an interrupted or
     * failed deletion is carried on (its protection is then checked again).
     */
    public DestructionRecord claimed(Instant at) {
        return moved(Stage.CLAIMED, at);
    }

    /** The claim given back after the recording store failed to delete the media: pending again, checked again at the next claim. */
    public DestructionRecord unclaimed(Instant at) {
        return moved(Stage.PENDING, at);
    }

    /** The record once the media is deleted; only a claimed record is done. */
    public DestructionRecord done(Instant at) {
        return moved(Stage.DONE, at);
    }

    /** The record of a destruction not carried out. */
    public DestructionRecord withdrawn(Instant at) {
        return moved(Stage.WITHDRAWN, at);
    }

    /**
     * The record moved to {@code to} at {@code at}: pending → claimed or withdrawn; claimed → claimed (again),
     * done, withdrawn, or back to pending when the store failed to delete the media. Any other move throws
     * {@link IllegalStateException}.
     */
    public DestructionRecord movedTo(Stage to, Instant at) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        boolean allowed = switch (to) {
            case PENDING -> stage == Stage.CLAIMED;
            case CLAIMED, WITHDRAWN -> stage.isUnfinished();
            case DONE -> stage == Stage.CLAIMED;
        };
        if (!allowed) {
            throw new IllegalStateException("destruction record " + id + " is " + stage + " and cannot move to " + to);
        }
        return new DestructionRecord(id, segment, camera, range, location, sizeBytes, hash, keptUntil, policy, cause,
                orderedBy, note, decidedAt, to, at);
    }

    private DestructionRecord moved(Stage to, Instant at) {
        return movedTo(to, at);
    }
}
