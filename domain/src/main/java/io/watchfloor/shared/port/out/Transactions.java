package io.watchfloor.shared.port.out;

import java.util.function.Supplier;

/**
 * Runs a use case as one unit of work: everything it stores is kept together, or nothing is kept
 * when it throws. The JDBC adapter makes it a database transaction; testkit has an in-memory one.
 */
public interface Transactions {

    /**
     * Runs {@code work} as one unit of work and returns its result; rethrows what it throws, after undoing it.
     *
     * @param <T> what the work returns
     * @param work the use case's work
     * @return what the work returned
     */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code work} as one unit of work.
     *
     * @param work the use case's work
     */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
