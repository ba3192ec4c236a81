package io.watchfloor.recordings.port.out;

import io.watchfloor.recordings.MediaLocation;
import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.SegmentId;
import io.watchfloor.recordings.StorageArea;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.TimeRange;
import java.util.List;
import java.util.Optional;

/**
 * The segments whose footage still exists. Segments are never altered (RET-03): a segment is added
 * once and removed only when its destruction is recorded.
 */
public interface Segments {

    /** Adds a new segment; a segment with the same id or media location already stored is a {@link io.watchfloor.shared.ConcurrentModification}. */
    void add(Segment segment);

    /** The segment with this id, while it exists. */
    Optional<Segment> find(SegmentId id);

    /** The segment with this id; throws {@link NotFound} when there is none. */
    default Segment get(SegmentId id) {
        return find(id).orElseThrow(() -> new NotFound("segment", id));
    }

    /** The segment whose media lies at {@code location}, if any. */
    Optional<Segment> at(MediaLocation location);

    /** Removes the segment (after its destruction is recorded); removing an absent one changes nothing. */
    void remove(SegmentId id);

    /**
     * Up to {@code limit} segments ordered by id, after {@code after} (or from the first when
     * {@code null}): the keyset pages a sweep streams through.
     */
    List<Segment> after(SegmentId after, int limit);

    /** The segments of {@code camera} recorded at least partly in {@code range}, by start then id. */
    List<Segment> of(CameraId camera, TimeRange range);

    /** The segments stored in {@code area}, by start then id. */
    List<Segment> in(StorageArea area);

    /** How many segments exist. */
    long count();
}
