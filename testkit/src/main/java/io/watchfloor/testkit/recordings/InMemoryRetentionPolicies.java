package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.RetentionPolicy;
import io.watchfloor.recordings.port.out.RetentionPolicies;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The policy in force and its history, in memory. */
public final class InMemoryRetentionPolicies implements RetentionPolicies {

    private final InMemoryTransactions transactions;
    private final List<RetentionPolicy> history = new ArrayList<>();

    /**
     * A store with {@code initial} in force.
     *
     * @param transactions the units of work it takes part in
     * @param initial the policy in force at first
     */
    public InMemoryRetentionPolicies(InMemoryTransactions transactions, RetentionPolicy initial) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        history.add(Objects.requireNonNull(initial, "initial"));
    }

    @Override
    public synchronized RetentionPolicy current() {
        return history.get(history.size() - 1);
    }

    @Override
    public synchronized void adopt(RetentionPolicy policy) {
        history.add(Objects.requireNonNull(policy, "policy"));
        transactions.onRollback(this::dropLast);
    }

    private synchronized void dropLast() {
        history.remove(history.size() - 1);
    }

    @Override
    public synchronized List<RetentionPolicy> history() {
        return List.copyOf(history);
    }
}
