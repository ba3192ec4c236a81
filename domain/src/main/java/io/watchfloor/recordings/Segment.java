package io.watchfloor.recordings;

import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.ZoneImportance;
import java.time.Instant;
import java.util.Objects;

/**
 * A recording segment as a camera or NVR reported it (RET-01). Immutable: footage is never altered
 * (RET-03); it only ends by destruction, which leaves a {@link DestructionRecord}.
 *
 * @param id the segment's id
 * @param camera the camera that recorded it
 * @param range when it was recorded, {@code [start, end)}
 * @param location where its media lies (storage area and path)
 * @param sizeBytes its size, more than zero
 * @param hash the SHA-256 of its media
 * @param trigger why it was recorded
 * @param importance the importance of the camera's zone when it was registered
 * @param registeredAt when the centre registered it
 * @param keepUntil the end of its retention, fixed at registration from the longest matching rule (RET-02, RET-08)
 * @param policy the name of the retention policy that fixed {@code keepUntil}
 */
public record Segment(SegmentId id, CameraId camera, TimeRange range, MediaLocation location, long sizeBytes,
                      ContentHash hash, Trigger trigger, ZoneImportance importance, Instant registeredAt,
                      Instant keepUntil, String policy) {

    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(importance, "importance");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(keepUntil, "keepUntil");
        Objects.requireNonNull(policy, "policy");
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("a segment's size must be more than zero bytes, was " + sizeBytes);
        }
        if (keepUntil.isBefore(range.end())) {
            throw new IllegalArgumentException("a segment is kept at least until its end " + range.end() + ", not " + keepUntil);
        }
    }

    /**
     * A newly reported segment whose keep-until {@code policy} fixes now, from the longest rule matching
     * its camera, zone importance and trigger (RET-02).
     */
    public static Segment register(CameraId camera, TimeRange range, MediaLocation location, long sizeBytes,
                                   ContentHash hash, Trigger trigger, ZoneImportance importance,
                                   RetentionPolicy policy, Instant registeredAt) {
        Instant keepUntil = policy.keepUntil(camera, importance, trigger, range.end());
        return new Segment(SegmentId.newId(), camera, range, location, sizeBytes, hash, trigger, importance,
                registeredAt, keepUntil, policy.name());
    }

    /** The storage area its media lies in. */
    public StorageArea area() {
        return location.area();
    }

    /** Whether its retention has ended at {@code at} (RET-03). */
    public boolean retentionEndedAt(Instant at) {
        return !at.isBefore(keepUntil);
    }
}
