package io.watchfloor.adapters.jdbc;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event as the outbox relay hands it to a subscriber: its id (the same on every redelivery, for
 * idempotence), its position in the outbox, its type (the event record's simple name, such as
 * {@code HoldPlaced}), when it happened and its JSON.
 */
public record OutboxMessage(long position, UUID eventId, String type, Instant occurredAt, String json) {

    /** Checks that every part is there. */
    public OutboxMessage {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(json, "json");
    }
}
