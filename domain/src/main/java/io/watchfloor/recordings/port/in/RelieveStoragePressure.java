package io.watchfloor.recordings.port.in;

import io.watchfloor.recordings.StorageArea;
import io.watchfloor.recordings.StoragePressure;
import io.watchfloor.shared.Bounds;
import io.watchfloor.shared.CameraId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Loop overwrite in one storage area (RET-07, RET-10): frees enough space for the policy's headroom at
 * the cameras' recording rates by overwriting eligible segments of that area only, oldest and least
 * important first, and never more than needed. When that is not enough or the area cannot hold every
 * camera's minimum retention, applies the policy's shortage choice and raises one alarm naming the
 * cameras and the days at risk, with a forecast of when the area is full. Protected footage is never
 * overwritten.
 */
public interface RelieveStoragePressure {

    /** Relieves the pressure on one area and reports what it did. */
    StoragePressure relieve(Command command);

    /**
     * @param freeBytes the area's free space now
     * @param bytesPerDay how many bytes each camera recording into the area writes a day
     */
    record Command(@NotNull StorageArea area, @PositiveOrZero long freeBytes,
                   @NotNull @Size(max = Bounds.ITEMS) Map<@NotNull CameraId, @NotNull @PositiveOrZero Long> bytesPerDay) {
    }
}
