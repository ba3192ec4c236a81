package io.watchfloor.testkit.access;

import io.watchfloor.access.FootageFile;
import io.watchfloor.access.port.out.FootageArchive;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.TimeRange;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Footage as files of one hour each, with bytes made up deterministically from the camera and the
 * hour (1 to 4 KiB), for every camera that {@link #record records}; a camera that records nothing
 * has no files.
 */
public final class InMemoryFootageArchive implements FootageArchive {

    private final Map<CameraId, List<TimeRange>> recorded = new ConcurrentHashMap<>();

    /**
     * Says that {@code camera} recorded throughout {@code range}.
     *
     * @param camera the camera
     * @param range when it recorded
     * @return this
     */
    public InMemoryFootageArchive record(CameraId camera, TimeRange range) {
        recorded.computeIfAbsent(camera, c -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(range);
        return this;
    }

    @Override
    public List<FootageFile> files(CameraId camera, TimeRange range) {
        List<FootageFile> files = new ArrayList<>();
        for (Instant hour = range.start().truncatedTo(ChronoUnit.HOURS); hour.isBefore(range.end()); hour = hour.plus(Duration.ofHours(1))) {
            Instant at = hour;
            if (recorded.getOrDefault(camera, List.of()).stream().anyMatch(r -> r.overlaps(TimeRange.starting(at, Duration.ofHours(1))))) {
                files.add(new FootageFile(camera + "_" + hour.toString().replace(":", "") + ".mp4", camera, bytes(camera, hour)));
            }
        }
        return files;
    }

    /**
     * {@return the bytes of {@code camera}'s file for the hour starting at {@code hour}}
     *
     * @param camera the camera
     * @param hour the hour recorded
     */
    public static byte[] bytes(CameraId camera, Instant hour) {
        Random random = new Random(camera.value().getMostSignificantBits() ^ camera.value().getLeastSignificantBits() ^ hour.getEpochSecond());
        byte[] header = ("FOOTAGE " + camera + " " + hour + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] content = new byte[header.length + 1024 + random.nextInt(3 * 1024)];
        System.arraycopy(header, 0, content, 0, header.length);
        for (int i = header.length; i < content.length; i++) {
            content[i] = (byte) random.nextInt(256);
        }
        return content;
    }
}
