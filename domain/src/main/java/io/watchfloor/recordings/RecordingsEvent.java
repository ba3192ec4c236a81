package io.watchfloor.recordings;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.DomainEvent;
import io.watchfloor.shared.TimeRange;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** What happens to recordings, holds, backups and storage. The hold events are the holds' audit trail. */
public sealed interface RecordingsEvent extends DomainEvent {

    /** A segment was registered with its keep-until fixed (RET-01, RET-02). */
    record SegmentRegistered(SegmentId segment, CameraId camera, Instant keepUntil, Instant occurredAt) implements RecordingsEvent {
    }

    /** A retention policy was adopted; it applies to footage registered from now on (RET-08). */
    record RetentionPolicyAdopted(String policy, PersonId by, Instant occurredAt) implements RecordingsEvent {
    }

    /** A hold was placed (RET-04). */
    record HoldPlaced(HoldId hold, HoldKind kind, Set<CameraId> cameras, TimeRange range, PersonId by,
                      Instant occurredAt) implements RecordingsEvent {
        public HoldPlaced {
            cameras = Set.copyOf(cameras);
        }
    }

    /** An evidence lock's expiry was moved later. */
    record HoldExtended(HoldId hold, Instant from, Instant to, PersonId by, Instant occurredAt) implements RecordingsEvent {
    }

    /** A governance lock's expiry was moved earlier, with the reason (RET-09). */
    record HoldShortened(HoldId hold, Instant from, Instant to, PersonId by, String reason,
                         Instant occurredAt) implements RecordingsEvent {
    }

    /** A hold was released by someone with authority (RET-04). */
    record HoldReleased(HoldId hold, PersonId by, String reason, Instant occurredAt) implements RecordingsEvent {
    }

    /** A backup copy was entered in the backup register (RET-05). */
    record BackupRegistered(BackupId backup, PersonId operator, Instant occurredAt) implements RecordingsEvent {
    }

    /** A segment's media was deleted and its destruction record completed (RET-06). */
    record SegmentDestroyed(SegmentId segment, CameraId camera, DestructionRecordId record, DestructionCause cause,
                            Instant occurredAt) implements RecordingsEvent {
    }

    /** The recording store failed to delete a segment's media; its pending record is retried by the next sweep. */
    record DestructionFailed(SegmentId segment, DestructionRecordId record, String problem,
                             Instant occurredAt) implements RecordingsEvent {
    }

    /** A pending destruction was not carried out because the footage became protected meanwhile. */
    record DestructionWithdrawn(SegmentId segment, DestructionRecordId record, String why,
                                Instant occurredAt) implements RecordingsEvent {
    }

    /** Loop overwrite freed space in a storage area (RET-07). */
    record StorageOverwritten(StorageArea area, int segments, long bytesFreed, Instant occurredAt) implements RecordingsEvent {
    }

    /**
     * The alarm of RET-07 / RET-10: a storage area cannot keep the minimum retention. Names the cameras
     * and how many days of their minimum are at risk, when the area will be full, the policy's choice
     * and the cameras it stopped.
     *
     * @param fullAt when the area runs out of space at the current recording rates, or {@code null} when nothing records into it
     */
    record RetentionAtRisk(StorageArea area, Map<CameraId, Integer> daysAtRisk, Instant fullAt, ShortageChoice choice,
                           Set<CameraId> stopped, long shortBytes, Instant occurredAt) implements RecordingsEvent {
        public RetentionAtRisk {
            daysAtRisk = Map.copyOf(daysAtRisk);
            stopped = Set.copyOf(stopped);
        }
    }

    /** A camera was stopped from recording because its area cannot keep the minimum retention (RET-10). */
    record RecordingStopped(CameraId camera, StorageArea area, Instant occurredAt) implements RecordingsEvent {
    }
}
