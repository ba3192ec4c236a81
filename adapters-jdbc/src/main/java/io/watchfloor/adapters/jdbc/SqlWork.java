package io.watchfloor.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work a store does on a connection, which may throw {@link SQLException}; see
 * {@link JdbcTransactions#withConnection}.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {

    /** Does the work on {@code connection}; the caller neither commits nor closes it. */
    T apply(Connection connection) throws SQLException;
}
