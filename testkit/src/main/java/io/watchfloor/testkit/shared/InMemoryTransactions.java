package io.watchfloor.testkit.shared;

import io.watchfloor.shared.port.out.Transactions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * An in-memory unit of work: in-memory stores record an undo action for every change
 * ({@link #onRollback}); when the work throws, the changes are undone in reverse order, so nothing
 * half-done is kept. Units of work run one at a time; a nested call joins the outer one.
 */
public final class InMemoryTransactions implements Transactions {

    private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();
    private int committed;
    private int rolledBack;

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (undo.get() != null) {
            return work.get();
        }
        Deque<Runnable> actions = new ArrayDeque<>();
        undo.set(actions);
        try {
            T result = work.get();
            committed++;
            return result;
        } catch (RuntimeException | Error e) {
            while (!actions.isEmpty()) {
                actions.pop().run();
            }
            rolledBack++;
            throw e;
        } finally {
            undo.remove();
        }
    }

    /**
     * Registers how to undo a change made now; outside a unit of work the change simply stays.
     *
     * @param action undoes one change
     */
    public void onRollback(Runnable action) {
        Deque<Runnable> actions = undo.get();
        if (actions != null) {
            actions.push(action);
        }
    }

    /** {@return how many units of work completed} */
    public synchronized int committed() {
        return committed;
    }

    /** {@return how many units of work were undone} */
    public synchronized int rolledBack() {
        return rolledBack;
    }
}
