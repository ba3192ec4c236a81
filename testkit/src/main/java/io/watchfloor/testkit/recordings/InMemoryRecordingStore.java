package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.MediaLocation;
import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.port.out.RecordingStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Media in memory, outside any unit of work (deleting media is never undone). Can fail deletions on
 * demand ({@link #failDeletes}) and simulate a crash right after deleting some media, before the
 * caller can record it ({@link #crashAfter}).
 */
public final class InMemoryRecordingStore implements RecordingStore {

    /** One deletion: where, the clock's instant when it happened, and its tick (see {@link RetentionLaws}). */
    public record Deletion(MediaLocation location, Instant at, long tick) {
    }

    private final Clock clock;
    private final Set<MediaLocation> media = new LinkedHashSet<>();
    private final List<MediaLocation> deleted = new ArrayList<>();
    private final List<Deletion> deletions = new ArrayList<>();
    private Predicate<MediaLocation> failing = location -> false;
    private int crashAfter = -1;

    /** A store that notes deletions at the system clock's instant. */
    public InMemoryRecordingStore() {
        this(Clock.systemUTC());
    }

    /**
     * A store that notes when each deletion happened on {@code clock}.
     *
     * @param clock the time it stamps deletions with
     */
    public InMemoryRecordingStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Media written at {@code location}.
     *
     * @param location where media now exists
     */
    public synchronized void write(MediaLocation location) {
        media.add(Objects.requireNonNull(location, "location"));
    }

    /**
     * The media of a registered segment written, as the NVR did before reporting it.
     *
     * @param segment the segment whose media to write
     */
    public void write(Segment segment) {
        write(segment.location());
    }

    @Override
    public synchronized boolean contains(MediaLocation location) {
        return media.contains(location);
    }

    @Override
    public synchronized void delete(MediaLocation location) {
        if (failing.test(location)) {
            throw new IllegalStateException("the recording store cannot delete " + location + " now");
        }
        if (media.remove(location)) {
            deleted.add(location);
            deletions.add(new Deletion(location, clock.instant(), Ticks.next()));
        }
        if (crashAfter > 0 && --crashAfter == 0) {
            crashAfter = -1;
            throw new SimulatedCrash("crashed right after deleting " + location);
        }
    }

    /**
     * Deletions of locations matching {@code which} fail from now on ({@code l -> false} heals the store).
     *
     * @param which the locations whose deletion fails
     */
    public synchronized void failDeletes(Predicate<MediaLocation> which) {
        this.failing = Objects.requireNonNull(which, "which");
    }

    /**
     * The {@code n}-th deletion from now deletes its media and then crashes; {@code 0} or less disarms.
     *
     * @param n how many deletions succeed before the crash
     */
    public synchronized void crashAfter(int n) {
        this.crashAfter = n > 0 ? n : -1;
    }

    /** {@return every location whose media was deleted, in order} */
    public synchronized List<MediaLocation> deleted() {
        return List.copyOf(deleted);
    }

    /** {@return every deletion with its instant, in order} */
    public synchronized List<Deletion> deletions() {
        return List.copyOf(deletions);
    }

    /** {@return every location that still holds media} */
    public synchronized Set<MediaLocation> media() {
        return Set.copyOf(media);
    }
}
