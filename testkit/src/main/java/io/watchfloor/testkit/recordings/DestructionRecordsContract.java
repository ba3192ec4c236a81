package io.watchfloor.testkit.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.recordings.DestructionCause;
import io.watchfloor.recordings.DestructionRecord;
import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.StorageArea;
import io.watchfloor.recordings.port.out.DestructionRecords;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ConcurrentModification;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link DestructionRecords} adapter must do. Extend it and supply a fresh, empty store per test. */
public abstract class DestructionRecordsContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract DestructionRecords newRecords();

    private static final Instant T0 = Instant.parse("2027-03-01T00:00:00Z");

    private static DestructionRecord pending(Segment s) {
        return DestructionRecord.pending(s, "default", DestructionCause.PAST_MAXIMUM, null, "", T0);
    }

    private static Segment segment(String path) {
        return RecordingsSamples.segment(CameraId.newId(), Instant.parse("2026-11-23T00:00:00Z"), new StorageArea("A"), path);
    }

    @Test
    @DisplayName("a record begins pending, moves once to done, and is kept with everything it says")
    void pendingThenDone() {
        DestructionRecords records = newRecords();
        DestructionRecord pending = pending(segment("a"));
        records.begin(pending);
        assertEquals(List.of(pending), records.pending());

        DestructionRecord done = pending.done(T0.plusSeconds(5));
        records.conclude(done);

        assertEquals(done, records.find(pending.id()).orElseThrow());
        assertTrue(records.pending().isEmpty());
        assertEquals(List.of(done), records.of(pending.segment()));
        assertThrows(ConcurrentModification.class, () -> records.conclude(pending.withdrawn(T0)));
    }

    @Test
    @DisplayName("one destruction, one record: a second record for a segment with a pending or done one is refused")
    void oneRecordPerDestruction() {
        DestructionRecords records = newRecords();
        Segment s = segment("b");
        DestructionRecord first = pending(s);
        records.begin(first);

        assertThrows(ConcurrentModification.class, () -> records.begin(pending(s)));
        records.conclude(first.withdrawn(T0));
        DestructionRecord second = pending(s);
        records.begin(second);
        assertEquals(List.of(first.withdrawn(T0), second), records.of(s.id()));
        assertEquals(2, records.all().size());
    }

    @Test
    @DisplayName("concluding a record that was never begun is refused")
    void concludeUnknown() {
        DestructionRecords records = newRecords();
        assertThrows(ConcurrentModification.class, () -> records.conclude(pending(segment("c")).done(T0)));
    }
}
