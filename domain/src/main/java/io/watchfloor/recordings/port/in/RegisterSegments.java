package io.watchfloor.recordings.port.in;

import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.StorageArea;
import io.watchfloor.recordings.Trigger;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.Sane;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Registers recording segments as cameras and NVRs report them (RET-01), fixing each one's keep-until
 * from the policy in force (RET-02, RET-08). Reporting the same media again with the same hash returns
 * the segment already registered; the same location with another hash is refused (RET-03: footage is
 * never altered).
 */
public interface RegisterSegments {

    /** Registers one segment and returns it as stored. */
    Segment register(Command command);

    /** Registers a batch in one unit of work: all of it, or nothing when one is refused. */
    List<Segment> registerAll(Batch batch);

    /** One reported segment. */
    record Command(@NotNull CameraId camera, @NotNull @Sane Instant start, @NotNull @Sane Instant end, @NotNull StorageArea area,
                   @NotBlank @Size(max = 1000) String path, @Positive long sizeBytes,
                   @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be a SHA-256: 64 lower-case hexadecimal digits") String sha256,
                   @NotNull Trigger trigger) {

        /** Checked by validation as the property {@code end}: after the start. */
        @AssertTrue(message = "must be after start")
        public boolean isEnd() {
            return start == null || end == null || end.isAfter(start);
        }
    }

    /** Segments reported together, at most 10,000. */
    record Batch(@NotEmpty @Size(max = 10_000) List<@NotNull @Valid Command> segments) {
    }
}
