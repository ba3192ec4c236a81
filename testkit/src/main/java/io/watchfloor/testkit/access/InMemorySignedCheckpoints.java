package io.watchfloor.testkit.access;

import io.watchfloor.access.SignedCheckpoint;
import io.watchfloor.access.port.out.SignedCheckpoints;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** The access log's signed checkpoints in memory: append-only, each addition undone when its unit of work fails. */
public final class InMemorySignedCheckpoints implements SignedCheckpoints {

    private final InMemoryTransactions transactions;
    private final List<SignedCheckpoint> checkpoints = new ArrayList<>();

    public InMemorySignedCheckpoints(InMemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public synchronized void add(SignedCheckpoint checkpoint) {
        SignedCheckpoint added = Objects.requireNonNull(checkpoint, "checkpoint");
        checkpoints.add(added);
        transactions.onRollback(() -> takeBack(added));
    }

    private synchronized void takeBack(SignedCheckpoint added) {
        for (int i = checkpoints.size() - 1; i >= 0; i--) {
            if (checkpoints.get(i) == added) {
                checkpoints.remove(i);
                return;
            }
        }
    }

    @Override
    public synchronized List<SignedCheckpoint> all() {
        return List.copyOf(checkpoints);
    }

    /**
     * Rewrites the stored checkpoints behind the store's back, as someone with access to the storage
     * could: for tests that prove tampering is detected. Never used by the library.
     */
    public synchronized void tamper(UnaryOperator<List<SignedCheckpoint>> edit) {
        List<SignedCheckpoint> edited = new ArrayList<>(edit.apply(new ArrayList<>(checkpoints)));
        checkpoints.clear();
        checkpoints.addAll(edited);
    }
}
