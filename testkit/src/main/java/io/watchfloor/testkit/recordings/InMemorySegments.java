package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.MediaLocation;
import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.SegmentId;
import io.watchfloor.recordings.StorageArea;
import io.watchfloor.recordings.port.out.Segments;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The segments in memory, ordered by id; every change is undone with its unit of work. */
public final class InMemorySegments implements Segments {

    private static final Comparator<Segment> BY_START = Comparator.comparing((Segment s) -> s.range().start())
            .thenComparing(s -> s.id().value());

    private final InMemoryTransactions transactions;
    private final TreeMap<SegmentId, Segment> byId = new TreeMap<>(Comparator.comparing(SegmentId::value));
    private final Map<MediaLocation, SegmentId> byLocation = new HashMap<>();

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemorySegments(InMemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public synchronized void add(Segment segment) {
        if (byId.containsKey(segment.id()) || byLocation.containsKey(segment.location())) {
            throw new ConcurrentModification("segment " + segment.id() + " at " + segment.location() + " is already stored");
        }
        byId.put(segment.id(), segment);
        byLocation.put(segment.location(), segment.id());
        transactions.onRollback(() -> drop(segment));
    }

    private synchronized void drop(Segment segment) {
        byId.remove(segment.id());
        byLocation.remove(segment.location());
    }

    private synchronized void restore(Segment segment) {
        byId.put(segment.id(), segment);
        byLocation.put(segment.location(), segment.id());
    }

    @Override
    public synchronized Optional<Segment> find(SegmentId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Segment> at(MediaLocation location) {
        SegmentId id = byLocation.get(location);
        return id == null ? Optional.empty() : Optional.of(byId.get(id));
    }

    @Override
    public synchronized void remove(SegmentId id) {
        Segment removed = byId.get(id);
        if (removed != null) {
            drop(removed);
            transactions.onRollback(() -> restore(removed));
        }
    }

    @Override
    public synchronized List<Segment> after(SegmentId after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        var tail = after == null ? byId : byId.tailMap(after, false);
        List<Segment> page = new ArrayList<>(Math.min(limit, tail.size()));
        for (Segment s : tail.values()) {
            if (page.size() == limit) {
                break;
            }
            page.add(s);
        }
        return page;
    }

    @Override
    public synchronized List<Segment> of(CameraId camera, TimeRange range) {
        return byId.values().stream().filter(s -> s.camera().equals(camera) && s.range().overlaps(range)).sorted(BY_START).toList();
    }

    @Override
    public synchronized List<Segment> in(StorageArea area) {
        return byId.values().stream().filter(s -> s.area().equals(area)).sorted(BY_START).toList();
    }

    @Override
    public synchronized long count() {
        return byId.size();
    }

    /** {@return every segment, ordered by id} */
    public synchronized List<Segment> all() {
        return List.copyOf(byId.values());
    }
}
