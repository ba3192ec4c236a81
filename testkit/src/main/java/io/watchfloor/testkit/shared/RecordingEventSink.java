package io.watchfloor.testkit.shared;

import io.watchfloor.shared.DomainEvent;
import io.watchfloor.shared.port.out.EventSink;
import java.util.ArrayList;
import java.util.List;

/** An event sink that keeps every event, for tests and simulations to read back. */
public final class RecordingEventSink implements EventSink {

    private final List<DomainEvent> events = new ArrayList<>();

    @Override
    public synchronized void publish(DomainEvent event) {
        events.add(event);
    }

    /** Every event so far, in order. */
    public synchronized List<DomainEvent> all() {
        return List.copyOf(events);
    }

    /** The events of one type, in order. */
    public synchronized <E extends DomainEvent> List<E> ofType(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Forgets every event. */
    public synchronized void clear() {
        events.clear();
    }
}
