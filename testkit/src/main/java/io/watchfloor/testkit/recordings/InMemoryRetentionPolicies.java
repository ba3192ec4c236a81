package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.AdoptedPolicy;
import io.watchfloor.recordings.RetentionPolicy;
import io.watchfloor.recordings.port.out.RetentionPolicies;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The policy in force and its history with adoption instants, in memory. */
public final class InMemoryRetentionPolicies implements RetentionPolicies {

    private final InMemoryTransactions transactions;
    private final List<AdoptedPolicy> history = new ArrayList<>();

    /** A store with {@code initial} in force since the epoch: it covers all footage until another is adopted. */
    public InMemoryRetentionPolicies(InMemoryTransactions transactions, RetentionPolicy initial) {
        this(transactions, initial, Instant.EPOCH);
    }

    /** A store with {@code initial} adopted at {@code adoptedAt}. */
    public InMemoryRetentionPolicies(InMemoryTransactions transactions, RetentionPolicy initial, Instant adoptedAt) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        history.add(new AdoptedPolicy(initial, adoptedAt));
    }

    @Override
    public synchronized RetentionPolicy current() {
        return history.get(history.size() - 1).policy();
    }

    @Override
    public synchronized void adopt(RetentionPolicy policy, Instant adoptedAt) {
        history.add(new AdoptedPolicy(policy, adoptedAt));
        transactions.onRollback(this::dropLast);
    }

    /**
     * Test set-up: puts {@code policy} in force from the instant the one before was adopted, so it
     * covers all the footage that one covered, as if it had been adopted in its place.
     */
    public synchronized void adopt(RetentionPolicy policy) {
        adopt(policy, history.get(history.size() - 1).adoptedAt());
    }

    private synchronized void dropLast() {
        history.remove(history.size() - 1);
    }

    @Override
    public synchronized List<AdoptedPolicy> history() {
        return List.copyOf(history);
    }
}
