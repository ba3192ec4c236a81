package io.watchfloor.testkit.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.PersonId;
import io.watchfloor.recordings.Hold;
import io.watchfloor.recordings.HoldId;
import io.watchfloor.recordings.port.out.Holds;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link Holds} adapter must do. Extend it and supply a fresh, empty store per test. */
public abstract class HoldsContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract Holds newHolds();

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
    private static final TimeRange HOUR = TimeRange.starting(T0, Duration.ofHours(1));

    @Test
    @DisplayName("a new hold is stored as version 1 and found again; a release advances the version and is kept")
    void storesAndReleases() {
        Holds holds = newHolds();
        CameraId gate = CameraId.newId();
        Hold stored = holds.save(RecordingsSamples.legalHold(gate, HOUR, T0));

        assertEquals(new Version(1), stored.version());
        assertEquals(stored, holds.get(stored.id()));
        Hold released = holds.save(stored.release(PersonId.newId(), "closed", T0.plusSeconds(60)).hold());

        assertEquals(new Version(2), released.version());
        assertTrue(holds.get(stored.id()).isReleased());
        assertTrue(holds.unreleased().isEmpty());
        assertEquals(List.of(released), holds.on(gate));
    }

    @Test
    @DisplayName("an update based on an older version is a concurrent modification; an unknown id is not found")
    void staleAndUnknown() {
        Holds holds = newHolds();
        Hold stored = holds.save(RecordingsSamples.legalHold(CameraId.newId(), HOUR, T0));
        holds.save(stored.release(PersonId.newId(), "closed", T0).hold());

        assertThrows(ConcurrentModification.class, () -> holds.save(stored.release(PersonId.newId(), "again", T0).hold()));
        assertThrows(NotFound.class, () -> holds.get(HoldId.newId()));
    }

    @Test
    @DisplayName("unreleased holds are listed by placement, and holds by camera")
    void listings() {
        Holds holds = newHolds();
        CameraId gate = CameraId.newId();
        Hold later = holds.save(RecordingsSamples.legalHold(gate, HOUR, T0.plusSeconds(10)));
        Hold earlier = holds.save(RecordingsSamples.legalHold(CameraId.newId(), HOUR, T0));

        assertEquals(List.of(earlier, later), holds.unreleased());
        assertEquals(List.of(later), holds.on(gate));
    }
}
