package io.watchfloor.shared.port.out;

import io.watchfloor.shared.DomainEvent;

/**
 * Where use cases hand the events they caused, inside the same unit of work: a deployment forwards
 * them to notifications, an outbox table or a message broker.
 */
public interface EventSink {

    /**
     * Takes one event.
     *
     * @param event the event
     */
    void publish(DomainEvent event);
}
