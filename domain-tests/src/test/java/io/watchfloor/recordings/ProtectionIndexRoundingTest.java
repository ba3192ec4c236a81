package io.watchfloor.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.TimeRange;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The protection index with instants finer than a microsecond")
class ProtectionIndexRoundingTest {

    static final Instant T = Instant.parse("2026-11-23T08:00:00Z");
    private final CameraId gate = CameraId.newId();

    private ProtectionIndex holding(TimeRange range) {
        Hold hold = Hold.legalHold(Set.of(gate), range, HoldReason.THEFT, CaseId.newId(), null, "", PersonId.newId(), T);
        return ProtectionIndex.of(List.of(hold), List.of(), T);
    }

    @Test
    @Tag("RET-04")
    @DisplayName("a hold ending 400 ns into a microsecond protects footage starting 100 ns into it: the end is rounded up, never down")
    void endsRoundUp() {
        ProtectionIndex index = holding(new TimeRange(T, T.plusNanos(1_000_400)));

        assertTrue(index.protects(gate, new TimeRange(T.plusNanos(1_000_100), T.plusSeconds(60))));
        assertEquals(1, index.reasons(gate, new TimeRange(T.plusNanos(1_000_100), T.plusSeconds(60))).size());
    }

    @Test
    @Tag("RET-04")
    @DisplayName("a hold starting 900 ns into a microsecond protects footage ending exactly at the next microsecond: the start is rounded down, never up")
    void startsRoundDown() {
        ProtectionIndex index = holding(new TimeRange(T.plusNanos(1_000_900), T.plusSeconds(60)));

        assertTrue(index.protects(gate, new TimeRange(T, T.plusNanos(1_001_000))));
        assertEquals(1, index.reasons(gate, new TimeRange(T, T.plusNanos(1_001_000))).size());
    }

    @Test
    @Tag("RET-04")
    @DisplayName("rounding widens only within the microsecond: footage starting a whole microsecond after the hold ends is not protected")
    void roundingStaysWithinTheMicrosecond() {
        ProtectionIndex index = holding(new TimeRange(T, T.plusNanos(1_000_400)));

        assertFalse(index.protects(gate, new TimeRange(T.plusNanos(1_002_000), T.plusSeconds(60))));
        assertTrue(index.reasons(gate, new TimeRange(T.plusNanos(1_002_000), T.plusSeconds(60))).isEmpty());
    }
}
