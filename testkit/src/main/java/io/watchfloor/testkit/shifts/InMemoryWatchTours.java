package io.watchfloor.testkit.shifts;

import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.WatchTour;
import io.watchfloor.shifts.port.out.WatchTours;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The watch tours in memory; an undone unit of work takes its tours back. */
public final class InMemoryWatchTours implements WatchTours {

    private final InMemoryTransactions transactions;
    private final List<WatchTour> tours = new ArrayList<>();

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryWatchTours(InMemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public synchronized void add(WatchTour tour) {
        tours.add(Objects.requireNonNull(tour, "tour"));
        transactions.onRollback(() -> remove(tour));
    }

    private synchronized void remove(WatchTour tour) {
        tours.remove(tours.lastIndexOf(tour));
    }

    @Override
    public synchronized List<WatchTour> during(TimeRange range) {
        return tours.stream().filter(t -> range.contains(t.at())).sorted(Comparator.comparing(WatchTour::at)).toList();
    }
}
