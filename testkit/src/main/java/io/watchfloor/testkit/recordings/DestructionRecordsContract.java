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
import io.watchfloor.shared.TimeRange;
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
    @DisplayName("a record begins pending, is claimed, moves to done, and is kept with everything it says")
    void pendingClaimedDone() {
        DestructionRecords records = newRecords();
        DestructionRecord pending = pending(segment("a"));
        records.begin(pending);
        assertEquals(List.of(pending), records.pending());

        DestructionRecord claimed = pending.claimed(T0.plusSeconds(1));
        records.claim(claimed);
        assertEquals(List.of(claimed), records.pending(), "a claimed record is still unfinished");
        DestructionRecord done = claimed.done(T0.plusSeconds(5));
        records.conclude(done);

        assertEquals(done, records.find(pending.id()).orElseThrow());
        assertTrue(records.pending().isEmpty());
        assertEquals(List.of(done), records.of(pending.segment()));
        assertThrows(ConcurrentModification.class, () -> records.conclude(claimed.withdrawn(T0)));
        assertThrows(ConcurrentModification.class, () -> records.claim(claimed.claimed(T0.plusSeconds(9))));
    }

    @Test
    @DisplayName("the claim is the only way to done; a claim may be made again or given back; an unknown one is refused")
    void claimBeforeDone() {
        DestructionRecords records = newRecords();
        DestructionRecord pending = pending(segment("d"));
        records.begin(pending);

        assertThrows(IllegalStateException.class, () -> pending.done(T0));
        assertThrows(ConcurrentModification.class, () -> records.claim(pending(segment("e")).claimed(T0)));
        DestructionRecord claimed = pending.claimed(T0.plusSeconds(1));
        records.claim(claimed);
        DestructionRecord claimedAgain = claimed.claimed(T0.plusSeconds(2));
        records.claim(claimedAgain);
        records.unclaim(claimedAgain.unclaimed(T0.plusSeconds(4)));
        assertThrows(ConcurrentModification.class, () -> records.unclaim(claimedAgain.unclaimed(T0.plusSeconds(5))));
        records.conclude(records.find(pending.id()).orElseThrow().withdrawn(T0.plusSeconds(6)));

        assertEquals(DestructionRecord.Stage.WITHDRAWN, records.find(pending.id()).orElseThrow().stage());
    }

    @Test
    @DisplayName("the records covering a camera's footage over a range are found, whatever their stage")
    void covering() {
        DestructionRecords records = newRecords();
        CameraId gate = CameraId.newId();
        Instant start = Instant.parse("2026-11-23T00:00:00Z");
        DestructionRecord first = pending(RecordingsSamples.segment(gate, start, new StorageArea("A"), "g/1"));
        DestructionRecord other = pending(RecordingsSamples.segment(CameraId.newId(), start, new StorageArea("A"), "o/1"));
        records.begin(first);
        records.begin(other);
        records.claim(first.claimed(T0));

        assertEquals(List.of(first.claimed(T0)), records.covering(gate, new TimeRange(start, start.plusSeconds(1))));
        assertEquals(List.of(), records.covering(gate, new TimeRange(start.minusSeconds(60), start)));
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
        assertThrows(ConcurrentModification.class, () -> records.conclude(pending(segment("c")).claimed(T0).done(T0)));
    }
}
