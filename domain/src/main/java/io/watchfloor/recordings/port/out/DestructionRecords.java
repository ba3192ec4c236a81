package io.watchfloor.recordings.port.out;

import io.watchfloor.recordings.DestructionRecord;
import io.watchfloor.recordings.DestructionRecordId;
import io.watchfloor.recordings.SegmentId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.TimeRange;
import java.util.List;
import java.util.Optional;

/**
 * The destruction records, kept forever (RET-06). A record is added as pending, is claimed just before
 * its media is deleted, and ends done or withdrawn ({@link DestructionRecord#movedTo}); nothing else
 * about it ever changes and it is never deleted. Each operation is one statement with row locks in
 * SQL (ADR 0006).
 */
public interface DestructionRecords {

    /**
     * Adds a pending record. A record for a segment that already has an unfinished or done record is a
     * {@link io.watchfloor.shared.ConcurrentModification}: one destruction, one record.
     */
    void begin(DestructionRecord pending);

    /**
     * Stores the claim of a pending (or already claimed) record, in the caller's unit of work: the claim
     * that must come before its media is deleted. The caller has taken the protection lock of the
     * record's camera ({@link Holds#lockProtection}) and checked the footage is unprotected in the same
     * unit of work. The stored record must be pending or claimed and otherwise the same, or it is a
     * {@link io.watchfloor.shared.ConcurrentModification}. SQL:
     * {@code UPDATE ... SET stage = 'CLAIMED', stage_at = ? WHERE id = ? AND stage IN ('PENDING', 'CLAIMED')}, one row.
     */
    void claim(DestructionRecord claimed);

    /**
     * Stores a claim given back after the recording store failed to delete the media: the stored record
     * must be claimed and otherwise the same, or it is a {@link io.watchfloor.shared.ConcurrentModification}.
     */
    void unclaim(DestructionRecord pending);

    /**
     * Stores the record's move to done (from claimed) or withdrawn (from pending or claimed); the
     * stored record must be at a stage it may move from and otherwise the same, or it is a
     * {@link io.watchfloor.shared.ConcurrentModification}.
     */
    void conclude(DestructionRecord concluded);

    /** The record with this id. */
    Optional<DestructionRecord> find(DestructionRecordId id);

    /** Every record of a segment, oldest first. */
    List<DestructionRecord> of(SegmentId segment);

    /**
     * The records of {@code camera}'s footage recorded at least partly in {@code range}, oldest first:
     * what placing a hold reports as already claimed or destroyed.
     */
    List<DestructionRecord> covering(CameraId camera, TimeRange range);

    /** The unfinished records (pending or claimed), oldest first. */
    List<DestructionRecord> pending();

    /** Every record, oldest first. */
    List<DestructionRecord> all();
}
