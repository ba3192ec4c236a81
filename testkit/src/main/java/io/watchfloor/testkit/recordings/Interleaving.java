package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.MediaLocation;
import io.watchfloor.recordings.RecordingsModule;
import io.watchfloor.recordings.port.out.RecordingStore;
import io.watchfloor.shared.port.out.Transactions;
import io.watchfloor.testkit.shared.Validators;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs a recordings context step by step: a second module over a {@link RecordingsFixture}'s stores whose
 * units of work and media deletions each pass two steps, one before and one after, where a test may do
 * anything another actor could (place a hold, open a case reference) or crash the process. Steps are
 * counted from 0 across everything the stepped module does; steps inside a unit of work do not exist,
 * as nobody can act inside another's unit of work.
 *
 * <pre>{@code
 * Interleaving run = Interleaving.over(fixture, step -> { if (step == 7) placeAHold(); });
 * run.module().sweepRetention().sweep(SweepRetention.Command.standard());
 * }</pre>
 */
public final class Interleaving {

    /** What happens at a step; may throw {@link SimulatedCrash}. */
    @FunctionalInterface
    public interface Action {
        /** Called at step {@code step}, with no unit of work open. */
        void at(int step);
    }

    private final RecordingsFixture fixture;
    private final Action action;
    private final RecordingsModule module;
    private int steps;
    private int depth;

    private Interleaving(RecordingsFixture fixture, Action action) {
        this.fixture = Objects.requireNonNull(fixture, "fixture");
        this.action = Objects.requireNonNull(action, "action");
        this.module = RecordingsModule.create(new RecordingsModule.Ports(fixture.segments, fixture.holds, fixture.backups,
                fixture.records, fixture.policies, fixture.zones, fixture.references, new SteppedStore(), fixture.control,
                fixture.people), fixture.events, new SteppedTransactions(), fixture.clock, Validators.validator());
    }

    /** A stepped module over {@code fixture}'s stores, calling {@code action} at every step. */
    public static Interleaving over(RecordingsFixture fixture, Action action) {
        return new Interleaving(fixture, action);
    }

    /** The stepped module. */
    public RecordingsModule module() {
        return module;
    }

    /** How many steps have passed. */
    public int steps() {
        return steps;
    }

    private void step() {
        action.at(steps++);
    }

    private final class SteppedTransactions implements Transactions {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            if (depth > 0) {
                return fixture.transactions.inTransaction(work);
            }
            step();
            depth++;
            T result;
            try {
                result = fixture.transactions.inTransaction(work);
            } finally {
                depth--;
            }
            step();
            return result;
        }
    }

    private final class SteppedStore implements RecordingStore {
        @Override
        public boolean contains(MediaLocation location) {
            return fixture.store.contains(location);
        }

        @Override
        public void delete(MediaLocation location) {
            step();
            fixture.store.delete(location);
            step();
        }
    }
}
