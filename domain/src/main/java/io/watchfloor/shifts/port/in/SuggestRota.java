package io.watchfloor.shifts.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.Bounds;
import io.watchfloor.shared.Sane;
import io.watchfloor.shifts.RotaGenerator;
import io.watchfloor.shifts.RotaId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Fills a draft rota fairly from the staff holding its posts (see {@link RotaGenerator}), respecting
 * approved leave and the planned leave given; a proposal is stored into the draft for the shift
 * leader to edit, an impossibility is returned with its explanation and changes nothing.
 */
public interface SuggestRota {

    /** The suggestion. */
    RotaGenerator.Suggestion suggest(Command command);

    /** The values of the SuggestRota command, checked by validation before anything happens. */
    record Command(@NotNull PersonId actor, @NotNull RotaId rota, @NotNull @Size(max = Bounds.ITEMS) List<@NotNull @Valid PlannedLeave> plannedLeave) {
    }

    /** Leave that is planned but not (yet) requested. */
    record PlannedLeave(@NotNull PersonId person, @NotNull @Sane Instant start, @NotNull @Sane Instant end) {

        /** Checked by validation as the property {@code end}. */
        @AssertTrue(message = "must be after start")
        public boolean isEnd() {
            return start == null || end == null || end.isAfter(start);
        }
    }
}
