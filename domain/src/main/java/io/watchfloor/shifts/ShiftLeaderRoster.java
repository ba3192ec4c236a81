package io.watchfloor.shifts;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.port.out.DutyRoster;
import io.watchfloor.shifts.port.in.FindOnDuty;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The people context's {@link DutyRoster} served by the rotas (PEOPLE-03): escalations reach the shift
 * leader on duty at the instant, including one kept on for want of a relief. With two on duty it is the one
 * {@link OnDuty#shiftLeader()} names: the leader of the shift now running before one finishing an earlier one, then
 * the one in charge longest, then by name.
 */
public final class ShiftLeaderRoster implements DutyRoster {

    private final FindOnDuty onDuty;

    public ShiftLeaderRoster(FindOnDuty onDuty) {
        this.onDuty = Objects.requireNonNull(onDuty, "onDuty");
    }

    @Override
    public Optional<PersonId> shiftLeaderAt(Instant at) {
        return onDuty.at(at).shiftLeader();
    }
}
