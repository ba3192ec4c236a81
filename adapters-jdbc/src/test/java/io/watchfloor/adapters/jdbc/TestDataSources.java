package io.watchfloor.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.watchfloor.testkit.db.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Fresh, isolated databases for the adapter's tests, on the three databases it supports: an H2
 * in-memory database, a PostgreSQL schema, a MariaDB database, each with a random name, migrated,
 * and dropped on {@link Isolated#close()}. PostgreSQL and MariaDB come from {@link TestDatabase}
 * (skipped with a reason when missing, a failure in CI).
 */
final class TestDataSources {

    private TestDataSources() {
    }

    /** A database to test on: its name and how to make an isolated, migrated one. */
    record Kind(String name, Supplier<Isolated> factory) {
        @Override
        public String toString() {
            return name;
        }

        /** An isolated, migrated database with a pool of {@code poolSize} connections. */
        Isolated open(int poolSize) {
            Isolated isolated = factory.get();
            isolated.resize(poolSize);
            return isolated;
        }
    }

    /** The three databases, for {@code @MethodSource}. */
    static List<Kind> all() {
        return List.of(new Kind("H2", TestDataSources::h2), new Kind("PostgreSQL", TestDataSources::postgres),
                new Kind("MariaDB", TestDataSources::mariadb));
    }

    /** PostgreSQL and MariaDB only (what H2 cannot show, such as triggers in SQL). */
    static List<Kind> servers() {
        return all().subList(1, 3);
    }

    /** An isolated database and a pool over it; closing it drops the database. */
    static final class Isolated implements AutoCloseable {
        private final String url;
        private final String user;
        private final String password;
        private final Runnable drop;
        private HikariDataSource pool;

        Isolated(String url, String user, String password, Runnable drop) {
            this.url = url;
            this.user = user;
            this.password = password;
            this.drop = drop;
            this.pool = pool(4);
            WatchfloorSchema.migrate(pool);
        }

        HikariDataSource dataSource() {
            return pool;
        }

        /** A plain connection outside the pool, as a second client or an attacker would open one. */
        Connection rawConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        void resize(int poolSize) {
            if (pool.getMaximumPoolSize() != poolSize) {
                pool.close();
                pool = pool(poolSize);
            }
        }

        private HikariDataSource pool(int size) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
            config.setMaximumPoolSize(size);
            config.setMinimumIdle(0);
            config.setConnectionTimeout(5_000);
            return new HikariDataSource(config);
        }

        @Override
        public void close() {
            pool.close();
            drop.run();
        }
    }

    static Isolated h2() {
        String name = "wf" + UUID.randomUUID().toString().replace("-", "");
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        return new Isolated(url, "sa", "", () -> execute(url, "sa", "", "SHUTDOWN"));
    }

    static Isolated postgres() {
        TestDatabase db = TestDatabase.postgres().requireReachable();
        String schema = "wf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(db.url(), db.user(), db.password(), "CREATE SCHEMA " + schema);
        String url = db.url() + (db.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new Isolated(url, db.user(), db.password(),
                () -> execute(db.url(), db.user(), db.password(), "DROP SCHEMA " + schema + " CASCADE"));
    }

    static Isolated mariadb() {
        TestDatabase db = TestDatabase.mariadb().requireReachable();
        String database = "wf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(db.url(), db.user(), db.password(), "CREATE DATABASE " + database
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        String base = db.url().replaceFirst("/[^/?]*(\\?.*)?$", "/" + database + "$1");
        return new Isolated(base, db.user(), db.password(),
                () -> execute(db.url(), db.user(), db.password(), "DROP DATABASE " + database));
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + url + " failed", e);
        }
    }
}
