package io.watchfloor.adapters.jdbc;

import io.watchfloor.shared.port.out.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The {@link Transactions} port as database transactions over the application's {@link DataSource}
 * (the adapter does not own a pool): one connection per unit of work, held by the calling thread;
 * a nested call joins the unit of work already open; any exception rolls it back and is rethrown;
 * the connection always goes back to the pool. Stores reach the connection through
 * {@link #withConnection}, which outside a unit of work borrows one in auto-commit mode.
 */
public final class JdbcTransactions implements Transactions {

    private final DataSource dataSource;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();

    /** Units of work over {@code dataSource}. */
    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** The data source units of work borrow connections from. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        Connection connection = open();
        Unit unit = new Unit(connection);
        current.set(unit);
        T result;
        try {
            result = work.get();
            connection.commit();
        } catch (SQLException e) {
            rollBack(connection, e);
            throw JdbcFailure.of("committing a unit of work", e);
        } catch (RuntimeException | Error e) {
            rollBack(connection, e);
            throw e;
        } finally {
            current.remove();
            close(connection);
        }
        unit.afterCommit.forEach(Runnable::run);
        return result;
    }

    /** Whether the calling thread is inside a unit of work. */
    public boolean inUnitOfWork() {
        return current.get() != null;
    }

    /**
     * Runs {@code action} once the current unit of work has committed (not at all if it rolls back);
     * outside a unit of work, runs it now.
     */
    public void afterCommit(Runnable action) {
        Unit unit = current.get();
        if (unit == null) {
            action.run();
        } else {
            unit.afterCommit.add(action);
        }
    }

    /**
     * Runs {@code work} on the connection of the current unit of work, or, outside one, on a
     * connection borrowed for this call alone (auto-commit) and returned afterwards.
     * {@link SQLException}s become {@link JdbcFailure}s naming {@code doing}.
     */
    public <T> T withConnection(String doing, SqlWork<T> work) {
        Unit unit = current.get();
        try {
            if (unit != null) {
                return work.apply(unit.connection);
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.apply(connection);
            }
        } catch (SQLException e) {
            throw JdbcFailure.of(doing, e);
        }
    }

    private Connection open() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            if (connection != null) {
                close(connection);
            }
            throw JdbcFailure.of("opening a unit of work", e);
        }
    }

    private static void rollBack(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the pool resets or discards a broken connection; closing below still returns it
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to do with a connection that cannot close
        }
    }

    private static final class Unit {
        final Connection connection;
        final List<Runnable> afterCommit = new ArrayList<>();

        Unit(Connection connection) {
            this.connection = connection;
        }
    }
}
