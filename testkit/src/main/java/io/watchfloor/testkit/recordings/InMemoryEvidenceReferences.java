package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.EvidenceReference;
import io.watchfloor.recordings.port.out.EvidenceReferences;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The footage open cases and investigations refer to, set by a test or the composition root in place of
 * the cases context. Given the context's {@link InMemoryTransactions}, opening and closing a reference
 * is a unit of work of its own, so it serializes with claiming a destruction as the cases context's
 * store would (ADR 0006). Every reference is kept in {@link #history()} with the ticks it was opened and
 * closed at.
 */
public final class InMemoryEvidenceReferences implements EvidenceReferences {

    /** A reference with the tick it was opened at and the tick it was closed at ({@link Long#MAX_VALUE} while open). */
    public record Opened(EvidenceReference reference, long openedTick, long closedTick) {
        /** Whether it was open just after tick {@code tick}. */
        public boolean openAfter(long tick) {
            return openedTick <= tick && tick < closedTick;
        }
    }

    private final InMemoryTransactions transactions;
    private final List<Opened> history = new ArrayList<>();

    /** References changed outside any unit of work. */
    public InMemoryEvidenceReferences() {
        this(null);
    }

    /** References changed each in a unit of work of {@code transactions}. */
    public InMemoryEvidenceReferences(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    /** An open case or investigation now refers to this footage; returns this. */
    public InMemoryEvidenceReferences refer(EvidenceReference reference) {
        Objects.requireNonNull(reference, "reference");
        inUnitOfWork(() -> add(new Opened(reference, Ticks.next(), Long.MAX_VALUE)));
        return this;
    }

    /** The case was closed: its references no longer count. */
    public void close(CaseId caseId) {
        inUnitOfWork(() -> closeWhere(r -> caseId.equals(r.caseId())));
    }

    /** The investigation of the incident ended. */
    public void close(IncidentId incident) {
        inUnitOfWork(() -> closeWhere(r -> incident.equals(r.incident())));
    }

    private void inUnitOfWork(Runnable change) {
        if (transactions == null) {
            change.run();
        } else {
            transactions.run(change);
        }
    }

    private synchronized void add(Opened opened) {
        history.add(opened);
    }

    private synchronized void closeWhere(Predicate<EvidenceReference> which) {
        long tick = Ticks.next();
        history.replaceAll(o -> o.closedTick() == Long.MAX_VALUE && which.test(o.reference())
                ? new Opened(o.reference(), o.openedTick(), tick) : o);
    }

    @Override
    public synchronized List<EvidenceReference> open() {
        return history.stream().filter(o -> o.closedTick() == Long.MAX_VALUE).map(Opened::reference).toList();
    }

    /** Every reference ever opened, in order, with its ticks. */
    public synchronized List<Opened> history() {
        return List.copyOf(history);
    }
}
