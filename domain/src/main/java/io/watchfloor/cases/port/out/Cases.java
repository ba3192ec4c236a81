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
 * every open case. Likewise {@link #openNear} is what every registration reads (CASE-09): an adapter
 * answers it from an index on the category and {@link Vicinity#key} of each open case, reading only
 * the key ranges {@link Vicinity#ranges()} names, so that its cost follows the cases near the place,
 * not the open cases of the category.
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

    /**
     * The candidates of a repeat report (CASE-09): the open cases of {@code category} registered at
     * or after {@code since} whose location {@code near} contains (the radius included), oldest
     * first (ties by id). Exactly those: no case farther away, none missed at the edge.
     */
    List<Case> openNear(String category, Vicinity near, Instant since);

    /** Every open case that is a hard case now (CASE-12), oldest first. */
    List<Case> hardCases();

    /** Every case received before {@code end}, oldest first: what an appraisal over a period ending then reads (CASE-15). */
    List<Case> receivedBefore(Instant end);
}
