package io.watchfloor.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Hands the outbox's events to the application's subscriber, in outbox order and at least once.
 * Each {@link #deliverBatch()} is one transaction: it takes the relay's lease row with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} (so of several relays polling one database, one delivers
 * and the others return at once, which keeps the order), reads the oldest events, hands each to the
 * subscriber, then moves them to the append-only {@code watchfloor_outbox_history}. When the
 * subscriber throws, nothing moves and the same events come again on the next poll: subscribers
 * recognise a redelivery by {@link OutboxMessage#eventId()}.
 *
 * <p>Events written by units of work that commit out of outbox order become visible out of order;
 * events of one unit of work always keep their order.
 */
public final class OutboxRelay {

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final Consumer<OutboxMessage> subscriber;
    private final int batchSize;

    /** A relay over {@code dataSource} handing up to {@code batchSize} events per poll to {@code subscriber}. */
    public OutboxRelay(DataSource dataSource, Consumer<OutboxMessage> subscriber, int batchSize) {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize must be between 1 and 10000, was " + batchSize);
        }
        this.transactions = new JdbcTransactions(dataSource);
        this.dialect = Dialect.of(dataSource);
        this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
        this.batchSize = batchSize;
    }

    /** Delivers the next batch; returns how many events were delivered (0 when none waited or another relay holds the lease). */
    public int deliverBatch() {
        return transactions.inTransaction(() -> transactions.withConnection("relaying the outbox", c -> {
            if (!takeLease(c)) {
                return 0;
            }
            List<OutboxMessage> batch = oldest(c);
            for (OutboxMessage message : batch) {
                subscriber.accept(message);
            }
            moveToHistory(c, batch);
            return batch.size();
        }));
    }

    /** Delivers until the outbox is empty (or another relay holds the lease); returns how many were delivered. */
    public int drain() {
        int total = 0;
        int delivered;
        do {
            delivered = deliverBatch();
            total += delivered;
        } while (delivered == batchSize);
        return total;
    }

    /** How many events wait in the outbox. */
    public long pending() {
        return transactions.withConnection("counting the outbox", c -> {
            try (var count = c.prepareStatement("SELECT COUNT(*) FROM watchfloor_outbox");
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private boolean takeLease(Connection c) throws SQLException {
        try (var lease = c.prepareStatement(
                "SELECT name FROM watchfloor_outbox_relay WHERE name = 'relay'" + dialect.forUpdateSkipLocked());
             ResultSet rows = lease.executeQuery()) {
            return rows.next();
        }
    }

    private List<OutboxMessage> oldest(Connection c) throws SQLException {
        List<OutboxMessage> batch = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT seq, event_id, event_type, occurred_at, payload FROM watchfloor_outbox ORDER BY seq LIMIT ?")) {
            select.setInt(1, batchSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new OutboxMessage(rows.getLong("seq"), UUID.fromString(rows.getString("event_id")),
                            rows.getString("event_type"), dialect.getInstant(rows, "occurred_at"),
                            rows.getString("payload")));
                }
            }
        }
        return batch;
    }

    private static void moveToHistory(Connection c, List<OutboxMessage> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        String positions = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
        try (var copy = c.prepareStatement(
                "INSERT INTO watchfloor_outbox_history (seq, event_id, event_type, occurred_at, payload)"
                        + " SELECT seq, event_id, event_type, occurred_at, payload FROM watchfloor_outbox"
                        + " WHERE seq IN (" + positions + ")");
             var delete = c.prepareStatement("DELETE FROM watchfloor_outbox WHERE seq IN (" + positions + ")")) {
            for (int i = 0; i < batch.size(); i++) {
                copy.setLong(i + 1, batch.get(i).position());
                delete.setLong(i + 1, batch.get(i).position());
            }
            copy.executeUpdate();
            delete.executeUpdate();
        }
    }
}
