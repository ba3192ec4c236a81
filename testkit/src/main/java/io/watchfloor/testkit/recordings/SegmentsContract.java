package io.watchfloor.testkit.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.SegmentId;
import io.watchfloor.recordings.StorageArea;
import io.watchfloor.recordings.port.out.Segments;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link Segments} adapter must do. Extend it and supply a fresh, empty store per test. */
public abstract class SegmentsContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract Segments newSegments();

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
    private static final StorageArea A = new StorageArea("A");
    private static final StorageArea B = new StorageArea("B");

    @Test
    @DisplayName("a segment is stored once, found by id and by media location, and removed")
    void addFindRemove() {
        Segments segments = newSegments();
        Segment s = RecordingsSamples.segment(CameraId.newId(), T0, A, "gate/1.mp4");

        segments.add(s);

        assertEquals(s, segments.get(s.id()));
        assertEquals(s, segments.at(s.location()).orElseThrow());
        assertEquals(1, segments.count());
        assertThrows(ConcurrentModification.class, () -> segments.add(s));
        segments.remove(s.id());
        assertTrue(segments.find(s.id()).isEmpty());
        assertTrue(segments.at(s.location()).isEmpty());
        assertThrows(NotFound.class, () -> segments.get(s.id()));
        segments.remove(s.id());
    }

    @Test
    @DisplayName("two segments at the same media location are refused")
    void locationIsUnique() {
        Segments segments = newSegments();
        segments.add(RecordingsSamples.segment(CameraId.newId(), T0, A, "same.mp4"));

        assertThrows(ConcurrentModification.class, () -> segments.add(RecordingsSamples.segment(CameraId.newId(), T0, A, "same.mp4")));
        segments.add(RecordingsSamples.segment(CameraId.newId(), T0, B, "same.mp4"));
        assertEquals(2, segments.count());
    }

    @Test
    @DisplayName("keyset pages by id visit every segment exactly once")
    void pagesVisitEverySegmentOnce() {
        Segments segments = newSegments();
        List<SegmentId> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Segment s = RecordingsSamples.segment(CameraId.newId(), T0.plusSeconds(i), A, "p/" + i);
            segments.add(s);
            ids.add(s.id());
        }
        List<SegmentId> visited = new ArrayList<>();
        SegmentId cursor = null;
        for (List<Segment> page = segments.after(null, 3); !page.isEmpty(); page = segments.after(cursor, 3)) {
            assertTrue(page.size() <= 3);
            page.forEach(s -> visited.add(s.id()));
            cursor = page.get(page.size() - 1).id();
        }
        ids.sort(Comparator.comparing(SegmentId::value));
        assertEquals(ids, visited);
    }

    @Test
    @DisplayName("segments are listed by camera and overlapping range, and by storage area, ordered by start")
    void listings() {
        Segments segments = newSegments();
        CameraId gate = CameraId.newId();
        Segment late = RecordingsSamples.segment(gate, T0.plus(Duration.ofHours(2)), A, "g/2");
        Segment early = RecordingsSamples.segment(gate, T0, B, "g/0");
        Segment other = RecordingsSamples.segment(CameraId.newId(), T0, A, "o/0");
        segments.add(late);
        segments.add(early);
        segments.add(other);

        assertEquals(List.of(early, late), segments.of(gate, new TimeRange(T0, T0.plus(Duration.ofHours(3)))));
        assertEquals(List.of(late), segments.of(gate, new TimeRange(T0.plus(Duration.ofMinutes(90)), T0.plus(Duration.ofHours(5)))));
        assertEquals(List.of(other, late), segments.in(A));
    }
}
