package io.watchfloor.testkit.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.people.PersonId;
import io.watchfloor.recordings.Backup;
import io.watchfloor.recordings.BackupId;
import io.watchfloor.recordings.HoldReason;
import io.watchfloor.recordings.port.out.Backups;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link Backups} adapter must do. Extend it and supply a fresh, empty store per test. */
public abstract class BackupsContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract Backups newBackups();

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");

    private static Backup backup(Instant madeAt) {
        return new Backup(BackupId.newId(), Set.of(CameraId.newId()), TimeRange.starting(T0, Duration.ofHours(1)), HoldReason.FIRE,
                "safe 3, disc 12", PersonId.newId(), madeAt, null, madeAt.plusSeconds(60));
    }

    @Test
    @DisplayName("the register keeps every line, listed by when the copy was made, and refuses a line twice")
    void register() {
        Backups backups = newBackups();
        Backup later = backup(T0.plusSeconds(600));
        Backup earlier = backup(T0);
        backups.add(later);
        backups.add(earlier);

        assertEquals(List.of(earlier, later), backups.all());
        assertEquals(later, backups.find(later.id()).orElseThrow());
        assertThrows(ConcurrentModification.class, () -> backups.add(later));
    }
}
