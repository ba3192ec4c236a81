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
                    empty(kind, sql, table);
                }
            }
            return null;
        });
        return transactions;
    }

    /**
     * Empties one table. Append-only tables refuse DELETE through their triggers, so a test empties
     * them as a database owner would: with triggers off for the session on PostgreSQL (a superuser's
     * {@code session_replication_role}), with TRUNCATE (which fires no DELETE trigger) on MariaDB.
     */
    private static void empty(String kind, Statement sql, String table) throws java.sql.SQLException {
        boolean appendOnly = AppendOnlyTablesTest.APPEND_ONLY.contains(table);
        if (appendOnly && kind.equals("PostgreSQL")) {
            sql.execute("SET session_replication_role = replica");
            sql.executeUpdate("DELETE FROM " + table);
            sql.execute("SET session_replication_role = origin");
        } else if (appendOnly && kind.equals("MariaDB")) {
            sql.executeUpdate("TRUNCATE TABLE " + table);
        } else {
            sql.executeUpdate("DELETE FROM " + table);
        }
        if (table.equals("wf_duty_log")) {
            sql.executeUpdate("UPDATE wf_duty_log_head SET last_sequence = 0");
        }
    }

    private static TestDataSources.Isolated open(String kind) {
        TestDataSources.Isolated db = TestDataSources.all().stream().filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow().open(8);
        Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        return db;
    }
}
