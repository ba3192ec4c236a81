package io.watchfloor.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Transactions port as database transactions, on H2, PostgreSQL and MariaDB. */
class JdbcTransactionsTest {

    static List<TestDataSources.Kind> databases() {
        return TestDataSources.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @DisplayName("a unit of work that completes keeps its rows; one that throws keeps none of them")
    void commitAndRollback(TestDataSources.Kind kind) {
        try (var db = kind.open(2)) {
            JdbcTransactions transactions = withTable(db);
            transactions.run(() -> insert(transactions, "kept"));
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> transactions.run(() -> {
                insert(transactions, "undone");
                throw new IllegalStateException("the use case refused");
            }));

            assertEquals("the use case refused", thrown.getMessage());
            assertEquals(List.of("kept"), names(transactions));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @DisplayName("a nested unit of work joins the outer one: when the outer one fails, the inner one's rows go too")
    void nestedJoins(TestDataSources.Kind kind) {
        try (var db = kind.open(2)) {
            JdbcTransactions transactions = withTable(db);
            assertThrows(IllegalStateException.class, () -> transactions.run(() -> {
                transactions.run(() -> insert(transactions, "inner"));
                assertTrue(transactions.inUnitOfWork());
                throw new IllegalStateException("outer fails after the inner completed");
            }));

            assertEquals(List.of(), names(transactions));
            assertFalse(transactions.inUnitOfWork());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @DisplayName("after-commit actions run once the unit of work commits, never when it rolls back")
    void afterCommit(TestDataSources.Kind kind) {
        try (var db = kind.open(2)) {
            JdbcTransactions transactions = withTable(db);
            List<String> ran = new ArrayList<>();
            transactions.run(() -> transactions.afterCommit(() -> ran.add("committed")));
            assertThrows(IllegalStateException.class, () -> transactions.run(() -> {
                transactions.afterCommit(() -> ran.add("rolled back"));
                throw new IllegalStateException("refused");
            }));

            assertEquals(List.of("committed"), ran);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @DisplayName("no connection leaks: with a pool of one, thousands of units of work, failing, nested and reads outside, all get a connection")
    void noConnectionLeaks(TestDataSources.Kind kind) {
        try (var db = kind.open(1)) {
            JdbcTransactions transactions = withTable(db);
            int failures = 0;
            for (int i = 0; i < 3_000; i++) {
                int n = i;
                switch (i % 4) {
                    case 0 -> transactions.run(() -> insert(transactions, "row " + n));
                    case 1 -> {
                        try {
                            transactions.run(() -> {
                                insert(transactions, "undone " + n);
                                throw new IllegalStateException("refused");
                            });
                        } catch (IllegalStateException expected) {
                            failures++;
                        }
                    }
                    case 2 -> transactions.run(() -> transactions.run(() -> names(transactions)));
                    default -> {
                        try {
                            transactions.withConnection("a broken statement",
                                    c -> c.createStatement().executeQuery("SELECT no_such_column FROM test_rows"));
                        } catch (JdbcFailure expected) {
                            failures++;
                        }
                    }
                }
            }

            assertEquals(1_500, failures);
            assertEquals(750, names(transactions).size());
            assertEquals(0, db.dataSource().getHikariPoolMXBean().getActiveConnections());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @DisplayName("a statement the database refuses becomes a JdbcFailure naming what was being done and the SQLState")
    void failuresNameTheWork(TestDataSources.Kind kind) {
        try (var db = kind.open(1)) {
            JdbcTransactions transactions = withTable(db);
            JdbcFailure failure = assertThrows(JdbcFailure.class, () -> transactions.withConnection("reading cameras",
                    c -> c.createStatement().executeQuery("SELECT * FROM no_such_table")));

            assertTrue(failure.getMessage().startsWith("reading cameras failed (SQLState "), failure.getMessage());
            assertInstanceOf(java.sql.SQLException.class, failure.getCause());
        }
    }

    private static void insert(JdbcTransactions transactions, String name) {
        transactions.withConnection("inserting", c -> {
            try (var insert = c.prepareStatement("INSERT INTO test_rows (name) VALUES (?)")) {
                insert.setString(1, name);
                return insert.executeUpdate();
            }
        });
    }

    private static List<String> names(JdbcTransactions transactions) {
        return transactions.withConnection("reading", c -> {
            List<String> names = new ArrayList<>();
            try (var select = c.prepareStatement("SELECT name FROM test_rows ORDER BY name");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
    }

    /** A scratch table, created before any unit of work (DDL commits implicitly on MariaDB). */
    private static JdbcTransactions withTable(TestDataSources.Isolated db) {
        JdbcTransactions transactions = new JdbcTransactions(db.dataSource());
        transactions.withConnection("creating the scratch table", c -> {
            try (var create = c.createStatement()) {
                return create.executeUpdate("CREATE TABLE test_rows (name VARCHAR(100) NOT NULL)");
            }
        });
        return transactions;
    }
}
