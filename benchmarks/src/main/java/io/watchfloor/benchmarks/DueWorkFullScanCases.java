package io.watchfloor.benchmarks;

import io.watchfloor.cases.Case;
import io.watchfloor.cases.port.out.Cases;
import io.watchfloor.cases.port.out.Vicinity;
import io.watchfloor.shared.CaseId;
import io.watchfloor.testkit.cases.InMemoryCases;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The baseline of {@link DueWorkBenchmark}: the in-memory cases answering {@link #dueBefore} the
 * naive way, by reading every stored case and asking each for its next deadline. Everything else
 * is the real {@link InMemoryCases}, so both runs do the same firing work.
 */
final class DueWorkFullScanCases implements Cases {

    private final InMemoryCases delegate;
    private final InMemoryTransactions transactions;
    private final Map<CaseId, Case> everyCase = new HashMap<>();

    DueWorkFullScanCases(InMemoryCases delegate, InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.delegate = delegate;
    }

    @Override
    public Case save(Case c) {
        Case stored = delegate.save(c);
        Case previous = everyCase.put(stored.id(), stored);
        transactions.onRollback(() -> {
            if (previous == null) {
                everyCase.remove(stored.id());
            } else {
                everyCase.put(stored.id(), previous);
            }
        });
        return stored;
    }

    @Override
    public Optional<Case> find(CaseId id) {
        return delegate.find(id);
    }

    @Override
    public List<Case> dueBefore(Instant t, int limit) {
        List<Case> due = new ArrayList<>();
        for (Case c : everyCase.values()) {
            Optional<Instant> next = c.nextDeadline();
            if (next.isPresent() && next.get().isBefore(t)) {
                due.add(c);
            }
        }
        due.sort(Comparator.comparing((Case c) -> c.nextDeadline().orElseThrow()).thenComparing(c -> c.id().value()));
        return due.size() > limit ? due.subList(0, limit) : due;
    }

    @Override
    public List<Case> openNear(String category, Vicinity near, Instant since) {
        return delegate.openNear(category, near, since);
    }

    @Override
    public List<Case> hardCases() {
        return delegate.hardCases();
    }

    @Override
    public List<Case> receivedBefore(Instant end) {
        return delegate.receivedBefore(end);
    }
}
