package io.watchfloor.testkit.recordings;

import io.watchfloor.people.PersonId;
import io.watchfloor.recordings.ContentHash;
import io.watchfloor.recordings.Hold;
import io.watchfloor.recordings.HoldReason;
import io.watchfloor.recordings.MediaLocation;
import io.watchfloor.recordings.RetentionPolicy;
import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.ShortageChoice;
import io.watchfloor.recordings.StorageArea;
import io.watchfloor.recordings.Trigger;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.ZoneImportance;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Sample values of the recordings context for contract suites and examples. */
public final class RecordingsSamples {

    /** The default policy of the samples. */
    public static final RetentionPolicy POLICY = RetentionPolicy.defaults(ShortageChoice.ALARM_ONLY);

    private RecordingsSamples() {
    }

    /**
     * {@return a continuous segment of {@code camera} from {@code start} for an hour, in {@code area} at {@code path}}
     *
     * @param camera the camera
     * @param start the first instant
     * @param area where it is stored
     * @param path its path in the area
     */
    public static Segment segment(CameraId camera, Instant start, StorageArea area, String path) {
        return Segment.register(camera, TimeRange.starting(start, Duration.ofHours(1)), new MediaLocation(area, path), 1_000,
                new ContentHash(RecordingsFixture.sha256(path)), Trigger.CONTINUOUS, ZoneImportance.ORDINARY, POLICY, start.plusSeconds(3_600));
    }

    /**
     * {@return a legal hold on {@code camera} over {@code range}, placed at {@code at}}
     *
     * @param camera the camera held
     * @param range the time range held
     * @param at when it was placed
     */
    public static Hold legalHold(CameraId camera, TimeRange range, Instant at) {
        return Hold.legalHold(Set.of(camera), range, HoldReason.ROBBERY, CaseId.newId(), null, "", PersonId.newId(), at);
    }
}
