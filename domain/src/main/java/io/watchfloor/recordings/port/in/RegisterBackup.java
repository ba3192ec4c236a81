package io.watchfloor.recordings.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.recordings.Backup;
import io.watchfloor.recordings.HoldId;
import io.watchfloor.recordings.HoldReason;
import io.watchfloor.shared.Bounds;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.Sane;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/** Enters a backup copy of special-event footage in the backup register (RET-05). */
public interface RegisterBackup {

    /** Registers the copy and returns the register's line. */
    Backup register(Command command);

    /**
     * @param operator who made the copy
     * @param madeAt when it was made, not after now
     * @param hold the hold it was made for, or {@code null}
     */
    record Command(@NotNull PersonId operator, @NotEmpty @Size(max = Bounds.ITEMS) Set<@NotNull CameraId> cameras, @NotNull @Sane Instant start,
                   @NotNull @Sane Instant end, @NotNull HoldReason reason, @NotBlank @Size(max = 1000) String location,
                   @NotNull @Sane Instant madeAt, HoldId hold) {

        /** Checked as the property {@code end}. */
        @AssertTrue(message = "must be after start")
        public boolean isEnd() {
            return start == null || end == null || end.isAfter(start);
        }
    }
}
