package io.watchfloor.recordings;

import java.util.List;
import java.util.Optional;

/**
 * What relieving storage pressure on one area did (RET-07, RET-10).
 *
 * @param neededBytes how many bytes had to be freed to keep the policy's headroom
 * @param freedBytes how many bytes loop overwrite freed: at least {@code neededBytes} when enough
 *                   footage was eligible, and never more than needed (dropping the last segment
 *                   overwritten would leave too little)
 * @param overwritten the segments overwritten, in the order chosen (oldest, then least important, first)
 * @param failed overwrites the recording store failed; retried by the next sweep
 * @param alarm the alarm raised when the minimum retention cannot be kept, if any
 */
public record StoragePressure(StorageArea area, long neededBytes, long freedBytes, List<SegmentId> overwritten,
                              int failed, RecordingsEvent.RetentionAtRisk alarm) {

    public StoragePressure {
        overwritten = List.copyOf(overwritten);
    }

    /** The alarm, when one was raised. */
    public Optional<RecordingsEvent.RetentionAtRisk> raised() {
        return Optional.ofNullable(alarm);
    }
}
