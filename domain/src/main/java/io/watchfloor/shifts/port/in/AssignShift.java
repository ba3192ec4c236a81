package io.watchfloor.shifts.port.in;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.Sane;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Rosters a person on a post (PEOPLE-02: certified for the whole duty; SHIFT-02: no overlap, rest and
 * duty limits; SHIFT-05: not on approved leave), or takes them off a duty.
 */
public interface AssignShift {

    /** Rosters them and returns the rota as stored. */
    Rota assign(Command command);

    /** Takes them off the duty on {@code post} starting at {@code start}; on a published rota only if no post is left uncovered. */
    Rota unassign(Removal command);

    /** The values of the AssignShift command, checked by validation before anything happens. */
    record Command(@NotNull PersonId actor, @NotNull RotaId rota, @NotNull PersonId person, @NotNull Role post,
                   @NotNull @Sane Instant start, @NotNull @Sane Instant end) {

        /** Checked by validation as the property {@code end}. */
        @AssertTrue(message = "must be after start")
        public boolean isEnd() {
            return start == null || end == null || end.isAfter(start);
        }
    }

    /** Which duty to take off the rota: the person, the post and the start of the duty. */
    record Removal(@NotNull PersonId actor, @NotNull RotaId rota, @NotNull PersonId person, @NotNull Role post, @NotNull @Sane Instant start) {
    }
}
