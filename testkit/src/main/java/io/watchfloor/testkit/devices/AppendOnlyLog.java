package io.watchfloor.testkit.devices;

import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An append-only list of records in memory, the base of the in-memory record stores: a record is
 * added once (adding its id again is a {@link ConcurrentModification}) and never changed; an add
 * inside a unit of work that fails is undone.
 */
final class AppendOnlyLog<I, T> {

    private final String kind;
    private final Function<T, I> id;
    private final InMemoryTransactions transactions;
    private final Map<I, T> items = new LinkedHashMap<>();

    AppendOnlyLog(String kind, Function<T, I> id, InMemoryTransactions transactions) {
        this.kind = kind;
        this.id = id;
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    synchronized void add(T item) {
        I key = id.apply(Objects.requireNonNull(item, kind));
        if (items.containsKey(key)) {
            throw new ConcurrentModification(kind + " " + key + " is already recorded; records are never changed");
        }
        items.put(key, item);
        transactions.onRollback(() -> remove(key));
    }

    private synchronized void remove(I key) {
        items.remove(key);
    }

    synchronized Optional<T> find(I key) {
        return Optional.ofNullable(items.get(key));
    }

    synchronized List<T> select(Predicate<? super T> filter) {
        List<T> out = new ArrayList<>();
        for (T item : items.values()) {
            if (filter.test(item)) {
                out.add(item);
            }
        }
        return out;
    }
}
