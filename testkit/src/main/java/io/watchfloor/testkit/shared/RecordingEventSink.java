package io.watchfloor.testkit.shared;

import io.watchfloor.shared.DomainEvent;
import io.watchfloor.shared.port.out.EventSink;
import java.util.ArrayList;
import java.util.List;

/**
 * An event sink that keeps every event, for tests and simulations to read back. Built with an
 * {@link InMemoryTransactions}, it forgets the events of a unit of work that is undone, as an outbox
 * table in the same database transaction would.
 */
public final class RecordingEventSink implements EventSink {

    private final List<DomainEvent> events = new ArrayList<>();
    private final InMemoryTransactions transactions;

    /** A sink that keeps every event published, whatever becomes of its unit of work. */
    public RecordingEventSink() {
        this.transactions = null;
    }

    /**
     * A sink that forgets the events of units of work that {@code transactions} undoes.
     *
     * @param transactions the units of work whose undone events it forgets
     */
    public RecordingEventSink(InMemoryTransactions transactions) {
        this.transactions = java.util.Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public synchronized void publish(DomainEvent event) {
        events.add(event);
        if (transactions != null) {
            transactions.onRollback(() -> forget(event));
        }
    }

    private synchronized void forget(DomainEvent event) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i) == event) {
                events.remove(i);
                return;
            }
        }
    }

    /** {@return every event so far, in order} */
    public synchronized List<DomainEvent> all() {
        return List.copyOf(events);
    }

    /**
     * {@return the events of one type, in order}
     *
     * @param <E> the event type
     * @param type the event class
     */
    public synchronized <E extends DomainEvent> List<E> ofType(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Forgets every event. */
    public synchronized void clear() {
        events.clear();
    }
}
