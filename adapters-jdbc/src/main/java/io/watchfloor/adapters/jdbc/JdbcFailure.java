package io.watchfloor.adapters.jdbc;

import java.sql.SQLException;

/**
 * The database could not do what a store asked: unreachable, a broken connection, a statement it
 * refused for a reason that is not the centre's rule. Unchecked, with what was being done and the
 * database's own {@code SQLState}; refusals by a rule become the domain's errors instead.
 */
public class JdbcFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure while {@code doing}, caused by {@code cause} (may be null). */
    public JdbcFailure(String doing, Throwable cause) {
        super(doing, cause);
    }

    /** Wraps {@code e}, naming what was being done and the SQLState. */
    public static JdbcFailure of(String doing, SQLException e) {
        return new JdbcFailure(doing + " failed (SQLState " + e.getSQLState() + "): " + e.getMessage(), e);
    }
}
