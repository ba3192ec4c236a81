package io.watchfloor.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The databases the adapter speaks: the few places where their SQL differs are answered here, so
 * that stores write one statement. Detected from the connection's metadata.
 */
public enum Dialect {
    /** H2 2.x, the embedded default (file or in-memory). */
    H2("h2"),
    /** PostgreSQL 15 or later. */
    POSTGRESQL("postgresql"),
    /** MariaDB 10.11 or later. */
    MARIADB("mariadb");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The folder of this database's migrations, under {@code io/watchfloor/adapters/jdbc/migration/}. */
    public String migrationFolder() {
        return folder;
    }

    /** The dialect of the database behind {@code dataSource}. */
    public static Dialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        } catch (SQLException e) {
            throw JdbcFailure.of("reading the database's product name", e);
        }
    }

    /** The dialect of the database {@code connection} is open to. */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String version = connection.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (product.contains("mariadb") || version.contains("mariadb")) {
            return MARIADB;
        }
        throw new JdbcFailure("Watchfloor runs on H2, PostgreSQL and MariaDB, not on " + product
                + " (" + version + ")", null);
    }

    /** The clause that locks the selected rows and skips those another transaction holds. */
    public String forUpdateSkipLocked() {
        return " FOR UPDATE SKIP LOCKED";
    }

    /** The latest instant every supported database holds; a later bound (a query "before Instant.MAX") is taken as this. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    /** The earliest instant every supported database holds; an earlier bound is taken as this. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    /**
     * Binds an instant (clamped to {@link #EARLIEST} .. {@link #LATEST}, which the domain's bounds on
     * commands keep every stored instant within): as {@code TIMESTAMP WITH TIME ZONE} on H2 and PostgreSQL, and as the UTC
     * wall time in a {@code DATETIME(6)} on MariaDB, which has no zoned type. Microsecond precision.
     */
    public void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant != null && instant.isAfter(LATEST)) {
            instant = LATEST;
        } else if (instant != null && instant.isBefore(EARLIEST)) {
            instant = EARLIEST;
        }
        if (instant == null) {
            statement.setNull(index, this == MARIADB ? Types.TIMESTAMP : Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (this == MARIADB) {
            statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }

    /** Reads an instant bound by {@link #setInstant}; null stays null. */
    public Instant getInstant(ResultSet rows, String column) throws SQLException {
        if (this == MARIADB) {
            LocalDateTime utc = rows.getObject(column, LocalDateTime.class);
            return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
        }
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
