package io.watchfloor.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.shared.DomainEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Events leave through a transactional outbox, on H2, PostgreSQL and MariaDB. */
class OutboxTest {

    /** An event as a context would publish it. */
    record HoldPlaced(String camera, Instant occurredAt, Duration kept, List<String> reasons) implements DomainEvent {
    }

    static List<TestDataSources.Kind> databases() {
        return TestDataSources.all();
    }

    private static final Instant MONDAY = Instant.parse("2026-11-23T02:00:00.123456Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @DisplayName("events of a committed unit of work reach the subscriber in order, with their ids, as JSON; a rolled-back unit leaves none")
    void committedEventsOnly(TestDataSources.Kind kind) {
        try (var db = kind.open(2)) {
            JdbcTransactions transactions = new JdbcTransactions(db.dataSource());
            JdbcEventSink sink = new JdbcEventSink(transactions);
            transactions.run(() -> {
                sink.publish(new HoldPlaced("Bund \"north\"", MONDAY, Duration.ofDays(90), List.of("RET-04")));
                sink.publish(new HoldPlaced("人民广场 🚲", MONDAY.plusSeconds(1), Duration.ofHours(1), List.of()));
            });
            assertThrows(IllegalStateException.class, () -> transactions.run(() -> {
                sink.publish(new HoldPlaced("never", MONDAY, Duration.ZERO, List.of()));
                throw new IllegalStateException("the hold was refused");
            }));
            List<OutboxMessage> delivered = new ArrayList<>();

            int count = new OutboxRelay(db.dataSource(), delivered::add, 100).drain();

            assertEquals(2, count);
            assertEquals("HoldPlaced", delivered.get(0).type());
            assertEquals(MONDAY, delivered.get(0).occurredAt());
            assertEquals("{\"camera\":\"Bund \\\"north\\\"\",\"occurredAt\":\"2026-11-23T02:00:00.123456Z\","
                    + "\"kept\":\"PT2160H\",\"reasons\":[\"RET-04\"]}", delivered.get(0).json());
            assertTrue(delivered.get(1).json().contains("人民广场 🚲"), delivered.get(1).json());
            assertTrue(delivered.get(0).position() < delivered.get(1).position());
            assertEquals(0, new OutboxRelay(db.dataSource(), delivered::add, 100).pending());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @DisplayName("a subscriber that fails gets the same events again, with the same ids: at least once")
    void atLeastOnce(TestDataSources.Kind kind) {
        try (var db = kind.open(2)) {
            JdbcTransactions transactions = new JdbcTransactions(db.dataSource());
            JdbcEventSink sink = new JdbcEventSink(transactions);
            transactions.run(() -> sink.publish(new HoldPlaced("Bund", MONDAY, Duration.ofDays(1), List.of())));
            List<OutboxMessage> firstTry = new ArrayList<>();

            assertThrows(IllegalStateException.class, () -> new OutboxRelay(db.dataSource(), m -> {
                firstTry.add(m);
                throw new IllegalStateException("the broker is down");
            }, 10).deliverBatch());
            List<OutboxMessage> secondTry = new ArrayList<>();
            new OutboxRelay(db.dataSource(), secondTry::add, 10).drain();

            assertEquals(1, firstTry.size());
            assertEquals(firstTry, secondTry);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @DisplayName("two relays polling one database while events are written deliver each event once, in outbox order")
    void concurrentRelays(TestDataSources.Kind kind) throws Exception {
        try (var db = kind.open(6)) {
            JdbcTransactions transactions = new JdbcTransactions(db.dataSource());
            JdbcEventSink sink = new JdbcEventSink(transactions);
            List<Long> delivered = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch written = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                Future<?> writer = pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        int n = i;
                        transactions.run(() -> sink.publish(new HoldPlaced("camera " + n, MONDAY, Duration.ZERO, List.of())));
                    }
                    written.countDown();
                });
                List<Future<?>> relays = new ArrayList<>();
                for (int r = 0; r < 2; r++) {
                    relays.add(pool.submit(() -> {
                        OutboxRelay relay = new OutboxRelay(db.dataSource(), m -> delivered.add(m.position()), 7);
                        while (written.getCount() > 0 || relay.pending() > 0) {
                            relay.deliverBatch();
                        }
                        return null;
                    }));
                }
                writer.get(60, TimeUnit.SECONDS);
                for (Future<?> relay : relays) {
                    relay.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertEquals(300, delivered.size());
            for (int i = 1; i < delivered.size(); i++) {
                assertTrue(delivered.get(i - 1) < delivered.get(i), "delivered out of order: " + delivered);
            }
        }
    }
}
