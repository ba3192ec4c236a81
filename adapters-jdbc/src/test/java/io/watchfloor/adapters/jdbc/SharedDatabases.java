package io.watchfloor.adapters.jdbc;

import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One migrated database per kind for the whole test run, shared by the contract suites: each
 * {@link #fresh(String, String...)} empties the tables a store uses, so every contract test starts
 * from an empty store. Dropped when the JVM ends.
 */
final class SharedDatabases {

    private static final Map<String, TestDataSources.Isolated> OPEN = new ConcurrentHashMap<>();

    private SharedDatabases() {
    }

    /** The shared database {@code kind} ("H2", "PostgreSQL", "MariaDB"), with {@code tables} emptied; its unit-of-work handle. */
    static JdbcTransactions fresh(String kind, String... tables) {
        TestDataSources.Isolated db = OPEN.computeIfAbsent(kind, SharedDatabases::open);
        JdbcTransactions transactions = new JdbcTransactions(db.dataSource());
        transactions.withConnection("emptying " + String.join(", ", tables), c -> {
            try (Statement sql = c.createStatement()) {
                for (String table : tables) {
                    sql.executeUpdate("DELETE FROM " + table);
                }
            }
            return null;
        });
        return transactions;
    }

    private static TestDataSources.Isolated open(String kind) {
        TestDataSources.Isolated db = TestDataSources.all().stream().filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow().open(8);
        Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        return db;
    }
}
