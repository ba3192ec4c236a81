package io.watchfloor.recordings;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.TimeRange;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One line of the backup register (数据备份登记表, RET-05): a copy of special-event footage, why it
 * was made, where it is kept, who made it and when.
 *
 * @param hold the hold the copy was made for, or {@code null}
 */
public record Backup(BackupId id, Set<CameraId> cameras, TimeRange range, HoldReason reason, String location,
                     PersonId operator, Instant madeAt, HoldId hold, Instant registeredAt) {

    public Backup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (cameras == null || cameras.isEmpty()) {
            throw new IllegalArgumentException("a backup copies footage of at least one camera");
        }
        cameras = Set.copyOf(cameras);
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("a backup names where the copy is kept");
        }
    }
}
