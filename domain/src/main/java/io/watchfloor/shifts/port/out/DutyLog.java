package io.watchfloor.shifts.port.out;

import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.DutyLogEntry;
import io.watchfloor.shifts.DutyLogEntryId;
import java.util.List;
import java.util.Optional;

/**
 * The duty log (SHIFT-07): append-only. An adapter offers no way to change or remove an entry;
 * appending an id twice raises {@link io.watchfloor.shared.ConcurrentModification}.
 */
public interface DutyLog {

    /** Appends {@code entry} and returns it numbered with its place in the log (1, 2, ...). */
    DutyLogEntry append(DutyLogEntry entry);

    /** The entry with this id, if written. */
    Optional<DutyLogEntry> find(DutyLogEntryId id);

    /** The entry with this id; throws {@link NotFound} when there is none. */
    default DutyLogEntry get(DutyLogEntryId id) {
        return find(id).orElseThrow(() -> new NotFound("duty log entry", id));
    }

    /** Every entry with its time in {@code range}, in log order. */
    List<DutyLogEntry> during(TimeRange range);

    /** How many entries the log holds. */
    long size();
}
