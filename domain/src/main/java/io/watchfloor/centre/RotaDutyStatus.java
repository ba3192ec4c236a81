package io.watchfloor.centre;

import io.watchfloor.access.port.out.DutyStatus;
import io.watchfloor.people.PersonId;
import io.watchfloor.shifts.port.in.FindOnDuty;
import java.time.Instant;
import java.util.Objects;

/**
 * The access context's {@link DutyStatus} (ACCESS-09) answered by the rotas: a person is on duty when
 * {@link FindOnDuty} names them on a post at the instant (rostered on a published rota, or kept on for
 * want of a relief).
 */
public final class RotaDutyStatus implements DutyStatus {

    private final FindOnDuty onDuty;

    public RotaDutyStatus(FindOnDuty onDuty) {
        this.onDuty = Objects.requireNonNull(onDuty, "onDuty");
    }

    @Override
    public boolean isOnDuty(PersonId person, Instant at) {
        return onDuty.at(at).includes(person);
    }
}
