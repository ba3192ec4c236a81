package io.watchfloor.testkit.shared;

import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A map of aggregates with optimistic locking, the base of every in-memory repository: inserts a
 * new aggregate (version 0) as version 1, updates only the stored version and raises
 * {@link ConcurrentModification} otherwise; every change can be undone by {@link InMemoryTransactions}.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
public final class InMemoryVersionedStore<I, T> {

    private final String kind;
    private final Function<T, I> id;
    private final Function<T, Version> version;
    private final BiFunction<T, Version, T> withVersion;
    private final InMemoryTransactions transactions;
    private final Map<I, T> items = new LinkedHashMap<>();

    /**
     * An empty store.
     *
     * @param kind what it stores, for messages ({@code "case"})
     * @param id reads an item's id
     * @param version reads an item's version
     * @param withVersion copies an item with another version
     * @param transactions the units of work it takes part in
     */
    public InMemoryVersionedStore(String kind, Function<T, I> id, Function<T, Version> version,
                                  BiFunction<T, Version, T> withVersion, InMemoryTransactions transactions) {
        this.kind = kind;
        this.id = id;
        this.version = version;
        this.withVersion = withVersion;
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * Inserts or updates {@code item}; returns it with its new version.
     *
     * @param item what to store
     * @return the item as stored, with its new version
     */
    public synchronized T save(T item) {
        I key = id.apply(item);
        Version expected = version.apply(item);
        T current = items.get(key);
        if (expected.isNew() ? current != null : current == null || !version.apply(current).equals(expected)) {
            throw new ConcurrentModification(kind, key, expected);
        }
        T stored = withVersion.apply(item, expected.next());
        items.put(key, stored);
        transactions.onRollback(() -> restore(key, current));
        return stored;
    }

    private synchronized void restore(I key, T previous) {
        if (previous == null) {
            items.remove(key);
        } else {
            items.put(key, previous);
        }
    }

    /**
     * {@return the stored item with this id}
     *
     * @param key its id
     */
    public synchronized Optional<T> find(I key) {
        return Optional.ofNullable(items.get(key));
    }

    /**
     * {@return the stored items that match, sorted}
     *
     * @param filter which items
     * @param order their order
     */
    public synchronized List<T> select(Predicate<? super T> filter, Comparator<? super T> order) {
        List<T> matching = new ArrayList<>();
        for (T item : items.values()) {
            if (filter.test(item)) {
                matching.add(item);
            }
        }
        matching.sort(order);
        return matching;
    }

    /** {@return how many items are stored} */
    public synchronized int size() {
        return items.size();
    }
}
