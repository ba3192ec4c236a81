package io.watchfloor.adapters.jdbc;

import io.watchfloor.shared.DomainEvent;
import io.watchfloor.shared.UuidV7;
import io.watchfloor.shared.port.out.EventSink;
import java.util.Objects;

/**
 * The {@link EventSink} port as a transactional outbox: each event is written to
 * {@code watchfloor_outbox} on the connection of the unit of work that caused it, so it is kept
 * exactly when the change is, and a rolled-back unit of work leaves no event. An {@link OutboxRelay}
 * hands the events on.
 */
public final class JdbcEventSink implements EventSink {

    private final JdbcTransactions transactions;
    private final Dialect dialect;

    /** An outbox in the database of {@code transactions}. */
    public JdbcEventSink(JdbcTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.dialect = Dialect.of(transactions.dataSource());
    }

    @Override
    public void publish(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        String json = EventJson.write(event);
        transactions.withConnection("writing " + event.getClass().getSimpleName() + " to the outbox", c -> {
            try (var insert = c.prepareStatement(
                    "INSERT INTO watchfloor_outbox (event_id, event_type, occurred_at, payload) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, UuidV7.next().toString());
                insert.setString(2, event.getClass().getSimpleName());
                dialect.setInstant(insert, 3, event.occurredAt());
                insert.setString(4, json);
                return insert.executeUpdate();
            }
        });
    }
}
