package io.watchfloor.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.Certification;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Optimistic locking by version column on real servers: of two writers of one aggregate exactly one
 * wins, and with many threads updating one person no update is ever lost.
 */
class OptimisticLockingTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");

    static List<TestDataSources.Kind> databases() {
        return TestDataSources.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @DisplayName("two writers of the version they both read: exactly one wins, the other is told it changed meanwhile")
    void oneOfTwoWins(TestDataSources.Kind kind) {
        try (var db = kind.open(2)) {
            JdbcPeople people = new JdbcPeople(new JdbcTransactions(db.dataSource()));
            Person read = people.save(Person.newPerson("Li Na", Set.of(Role.OPERATOR), null));

            people.save(read.grant(Role.ACCEPTOR, T0).person());
            Person lost = read.grant(Role.DISPATCHER, T0).person();

            assertThrows(ConcurrentModification.class, () -> people.save(lost));
            assertEquals(new Version(2), people.get(read.id()).version());
            assertTrue(people.get(read.id()).hasRole(Role.ACCEPTOR));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @DisplayName("eight threads certifying one person 50 times each: every success is kept, the version counts them")
    void noLostUpdate(TestDataSources.Kind kind) throws Exception {
        try (var db = kind.open(8)) {
            JdbcTransactions transactions = new JdbcTransactions(db.dataSource());
            JdbcPeople people = new JdbcPeople(transactions);
            Person wang = people.save(Person.newPerson("Wang Fang", Set.of(Role.OPERATOR), null));
            AtomicInteger wins = new AtomicInteger();
            AtomicInteger refusals = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 50; i++) {
                        String number = "OP-" + thread + "-" + i;
                        try {
                            transactions.run(() -> {
                                Person current = people.get(wang.id());
                                people.save(current.certify(new Certification(Role.OPERATOR, number, T0,
                                        T0.plusSeconds(86_400)), T0).person());
                            });
                            wins.incrementAndGet();
                        } catch (ConcurrentModification expected) {
                            refusals.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();

            Person after = people.get(wang.id());
            assertEquals(400, wins.get() + refusals.get());
            assertEquals(wins.get(), after.certifications().size(), "every winning update is kept");
            assertEquals(new Version(1 + wins.get()), after.version());
            assertTrue(wins.get() > 0);
        }
    }
}
