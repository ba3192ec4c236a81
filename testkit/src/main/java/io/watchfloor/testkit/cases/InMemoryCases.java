package io.watchfloor.testkit.cases;

import io.watchfloor.cases.Case;
import io.watchfloor.cases.port.out.Cases;
import io.watchfloor.cases.port.out.Vicinity;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.Location;
import io.watchfloor.shared.Version;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The cases in memory, with a sorted index on each case's next deadline, so {@link #dueBefore}
 * reads only the cases it returns (O(log n + k)), never the whole store; and, per category, the
 * open cases sorted by {@link Vicinity#key} of their place, so {@link #openNear} reads only the grid
 * cells around a new report (O(log n) per cell plus the cases in those cells), never the whole
 * category. Every change is undone when the unit of work fails.
 */
public final class InMemoryCases implements Cases {

    private record Due(Instant at, CaseId id) implements Comparable<Due> {
        @Override
        public int compareTo(Due o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : id.value().compareTo(o.id.value());
        }
    }

    /**
     * An open case under the key of its place, ordered by key, then id; it carries the place and
     * the registration time, so that a query reads a case only when it is a candidate (as an SQL
     * index covering those columns would).
     */
    private record Spot(long key, CaseId id, double latitude, double longitude, long registeredSecond, int registeredNano)
            implements Comparable<Spot> {
        private static final CaseId FIRST = new CaseId(new UUID(Long.MIN_VALUE, Long.MIN_VALUE));

        static Spot of(Case c) {
            Location place = c.location();
            Instant registered = c.registeredAt().orElse(Instant.MIN);
            return new Spot(Vicinity.key(place), c.id(), place.latitude(), place.longitude(), registered.getEpochSecond(), registered.getNano());
        }

        static Spot first(long key) {
            return new Spot(key, FIRST, 0, 0, 0, 0);
        }

        boolean registeredSince(Instant since) {
            return registeredSecond != since.getEpochSecond() ? registeredSecond > since.getEpochSecond() : registeredNano >= since.getNano();
        }

        Location place() {
            return new Location(latitude, longitude, "");
        }

        @Override
        public int compareTo(Spot o) {
            int c = Long.compare(key, o.key);
            return c != 0 ? c : id.value().compareTo(o.id.value());
        }
    }

    private final InMemoryTransactions transactions;
    private final Map<CaseId, Case> items = new HashMap<>();
    private final NavigableSet<Due> deadlines = new TreeSet<>();
    private final Map<String, NavigableSet<Spot>> openByPlace = new HashMap<>();

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryCases(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized Case save(Case c) {
        CaseId key = c.id();
        Version expected = c.version();
        Case current = items.get(key);
        if (expected.isNew() ? current != null : current == null || !current.version().equals(expected)) {
            throw new ConcurrentModification("case", key, expected);
        }
        if (current != null && !extendsHistory(current, c)) {
            throw new IllegalArgumentException("case " + key + ": an update must extend the stored history, never rewrite it (CASE-13)");
        }
        Case stored = c.withVersion(expected.next());
        put(key, current, stored);
        transactions.onRollback(() -> restore(key, stored, current));
        return stored;
    }

    private static boolean extendsHistory(Case stored, Case update) {
        List<?> old = stored.history();
        List<?> now = update.history();
        return now.size() >= old.size() && now.subList(0, old.size()).equals(old);
    }

    private void put(CaseId key, Case previous, Case next) {
        if (previous != null) {
            unindex(previous);
        }
        if (next == null) {
            items.remove(key);
        } else {
            items.put(key, next);
            index(next);
        }
    }

    private synchronized void restore(CaseId key, Case current, Case previous) {
        put(key, items.get(key), previous);
    }

    private void index(Case c) {
        c.nextDeadline().ifPresent(at -> deadlines.add(new Due(at, c.id())));
        if (c.isOpen() && c.registeredAt().isPresent()) {
            c.category().ifPresent(code -> openByPlace.computeIfAbsent(code, k -> new TreeSet<>()).add(Spot.of(c)));
        }
    }

    private void unindex(Case c) {
        c.nextDeadline().ifPresent(at -> deadlines.remove(new Due(at, c.id())));
        c.category().ifPresent(code -> {
            NavigableSet<Spot> open = openByPlace.get(code);
            if (open != null) {
                open.remove(Spot.of(c));
            }
        });
    }

    @Override
    public synchronized Optional<Case> find(CaseId id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public synchronized List<Case> dueBefore(Instant t, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        List<Case> due = new ArrayList<>();
        for (Due d : deadlines) {
            if (!d.at().isBefore(t) || due.size() == limit) {
                break;
            }
            due.add(items.get(d.id()));
        }
        return due;
    }

    @Override
    public synchronized List<Case> openNear(String category, Vicinity near, Instant since) {
        NavigableSet<Spot> open = openByPlace.get(category);
        if (open == null) {
            return List.of();
        }
        List<Case> found = new ArrayList<>();
        Vicinity.Box box = near.box();
        for (Vicinity.KeyRange range : near.ranges()) {
            for (Spot spot : open.subSet(Spot.first(range.from()), true, Spot.first(range.until()), false)) {
                if (box.mayContain(spot.latitude(), spot.longitude()) && spot.registeredSince(since) && near.contains(spot.place())) {
                    found.add(items.get(spot.id()));
                }
            }
        }
        found.sort(Comparator.comparing((Case c) -> c.registeredAt().orElseThrow()).thenComparing(c -> c.id().value()));
        return found;
    }

    @Override
    public synchronized List<Case> hardCases() {
        return items.values().stream().filter(c -> !c.hardCaseReasons().isEmpty())
                .sorted(Comparator.comparing(Case::receivedAt).thenComparing(c -> c.id().value())).toList();
    }

    @Override
    public synchronized List<Case> receivedBefore(Instant end) {
        return items.values().stream().filter(c -> c.receivedAt().isBefore(end))
                .sorted(Comparator.comparing(Case::receivedAt).thenComparing(c -> c.id().value())).toList();
    }

    /** {@return how many cases are stored} */
    public synchronized int size() {
        return items.size();
    }

    /** {@return every stored case, for tests and reports (a full scan: not what {@code dueWork} uses)} */
    public synchronized List<Case> all() {
        return receivedBefore(Instant.MAX);
    }
}
