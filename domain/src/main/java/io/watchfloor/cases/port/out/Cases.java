package io.watchfloor.cases.port.out;

import io.watchfloor.cases.Case;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.NotFound;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The cases, each with its append-only history (CASE-13). {@link #save} inserts a new case
 * (version 0) as version 1 and updates a stored one only when its version is still the stored one,
 * raising {@link io.watchfloor.shared.ConcurrentModification} otherwise; an update must extend the
 * stored history, never rewrite it.
 *
 * <p>{@link #dueBefore} is what {@code dueWork} reads: an adapter must answer it from an index on
 * {@link Case#nextDeadline()} (a sorted map in memory, an indexed column in SQL), never by scanning
 * every open case.
 */
public interface Cases {

    /** Stores {@code c} and returns it with its new version. */
    Case save(Case c);

    /** The case with this id, if stored. */
    Optional<Case> find(CaseId id);

    /** The case with this id; throws {@link NotFound} when there is none. */
    default Case get(CaseId id) {
        return find(id).orElseThrow(() -> new NotFound("case", id));
    }

    /** Up to {@code limit} cases whose next deadline is strictly before {@code t}, earliest deadline first (ties by id). */
    List<Case> dueBefore(Instant t, int limit);

    /** Open cases of {@code category} registered at or after {@code since}, oldest first: the candidates of a repeat report (CASE-09). */
    List<Case> openInCategory(String category, Instant since);

    /** Every open case that is a hard case now (CASE-12), oldest first. */
    List<Case> hardCases();

    /** Every case received before {@code end}, oldest first: what an appraisal over a period ending then reads (CASE-15). */
    List<Case> receivedBefore(Instant end);
}
