package io.watchfloor.recordings.port.out;

import io.watchfloor.recordings.DestructionRecord;
import io.watchfloor.recordings.DestructionRecordId;
import io.watchfloor.recordings.SegmentId;
import java.util.List;
import java.util.Optional;

/**
 * The destruction records, kept forever (RET-06). A record is added as pending and may then move once,
 * to done or withdrawn; nothing else about it ever changes and it is never deleted.
 */
public interface DestructionRecords {

    /**
     * Adds a pending record. A record for a segment that already has a pending or done record is a
     * {@link io.watchfloor.shared.ConcurrentModification}: one destruction, one record.
     */
    void begin(DestructionRecord pending);

    /**
     * Stores the record's move out of pending; the stored record must be pending and otherwise the same,
     * or it is a {@link io.watchfloor.shared.ConcurrentModification}.
     */
    void conclude(DestructionRecord concluded);

    /** The record with this id. */
    Optional<DestructionRecord> find(DestructionRecordId id);

    /** Every record of a segment, oldest first. */
    List<DestructionRecord> of(SegmentId segment);

    /** The pending records, oldest first. */
    List<DestructionRecord> pending();

    /** Every record, oldest first. */
    List<DestructionRecord> all();
}
