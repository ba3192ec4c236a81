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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The baseline of {@link RegistrationBenchmark}: the repeat-report check as it was before the
 * place index, reading every open case of the category and keeping those within the distance and
 * the window. It shares the stored cases with the real {@link InMemoryCases} it wraps, so both sides
 * of the comparison register against the same data and do the same work apart from the query.
 */
final class CategoryScanCases implements Cases {

    private final InMemoryCases delegate;
    private final InMemoryTransactions transactions;
    private final Map<String, Set<CaseId>> openByCategory = new HashMap<>();

    CategoryScanCases(InMemoryCases delegate, InMemoryTransactions transactions) {
        this.delegate = delegate;
        this.transactions = transactions;
    }

    @Override
    public Case save(Case c) {
        Optional<Case> before = delegate.find(c.id());
        Case stored = delegate.save(c);
        before.ifPresent(this::unindex);
        index(stored);
        transactions.onRollback(() -> {
            unindex(stored);
            before.ifPresent(this::index);
        });
        return stored;
    }

    private void index(Case c) {
        if (c.isOpen()) {
            c.category().ifPresent(code -> openByCategory.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(c.id()));
        }
    }

    private void unindex(Case c) {
        c.category().ifPresent(code -> openByCategory.getOrDefault(code, new LinkedHashSet<>()).remove(c.id()));
    }

    @Override
    public Optional<Case> find(CaseId id) {
        return delegate.find(id);
    }

    @Override
    public List<Case> dueBefore(Instant t, int limit) {
        return delegate.dueBefore(t, limit);
    }

    /** Every open case of the category, each checked for the window and the distance. */
    @Override
    public List<Case> openNear(String category, Vicinity near, Instant since) {
        List<Case> found = new ArrayList<>();
        for (CaseId id : openByCategory.getOrDefault(category, Set.of())) {
            Case c = delegate.find(id).orElseThrow();
            if (!c.registeredAt().orElseThrow().isBefore(since) && near.contains(c.location())) {
                found.add(c);
            }
        }
        found.sort(Comparator.comparing((Case c) -> c.registeredAt().orElseThrow()).thenComparing(c -> c.id().value()));
        return found;
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
