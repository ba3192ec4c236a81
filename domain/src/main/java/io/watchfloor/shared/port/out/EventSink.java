package io.watchfloor.shared.port.out;

import io.watchfloor.shared.DomainEvent;

/**
 * Where the events a use case caused go once its unit of work committed (see
 * {@link io.watchfloor.shared.UnitOfWork}): a deployment forwards them to notifications, an outbox
 * table or a message broker.
 */
public interface EventSink {

    /**
     * Takes one event.
     *
     * @param event the event
     */
    void publish(DomainEvent event);
}
