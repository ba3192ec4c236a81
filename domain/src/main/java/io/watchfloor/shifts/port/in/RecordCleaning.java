package io.watchfloor.shifts.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.CleaningRecord;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Records the cleaning duty of the current shift by someone on duty (SHIFT-08), and finds shifts without one. */
public interface RecordCleaning {

    /** Records it at the clock's time for the shift under way and returns it. */
    CleaningRecord record(Command command);

    /** The shifts of published rotas that ended in {@code [from, to)} without a cleaning record. */
    List<TimeRange> shiftsWithoutCleaning(Instant from, Instant to);

    /**
     * The values of the RecordCleaning command, checked by validation before anything happens.
     *
     * @param note required when the room needs attention
     */
    record Command(@NotNull PersonId person, @NotNull CleaningRecord.RoomState state, @Size(max = 1000) String note) {
    }
}
