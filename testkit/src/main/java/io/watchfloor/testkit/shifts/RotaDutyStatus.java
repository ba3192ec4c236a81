package io.watchfloor.testkit.shifts;

import io.watchfloor.access.port.out.DutyStatus;
import io.watchfloor.people.PersonId;
import io.watchfloor.shifts.port.in.FindOnDuty;
import java.time.Instant;
import java.util.Objects;

/**
 * The access context's {@link DutyStatus} (ACCESS-09) answered by the shifts context's rotas: a person
 * is on duty when {@link FindOnDuty} names them on a post at the instant (rostered on a published rota,
 * or kept on for want of a relief). Lives in testkit because the domain's contexts do not depend on
 * each other; a composition root wires it as {@code new RotaDutyStatus(shiftsModule.findOnDuty())}.
 *
 * @deprecated the bridge is real code now: {@link io.watchfloor.centre.RotaDutyStatus}, wired by {@code Centre.assemble}.
 */
@Deprecated(forRemoval = true)
public final class RotaDutyStatus implements DutyStatus {

    private final FindOnDuty onDuty;

    /**
     * Duty status read from the rota.
     *
     * @param onDuty the shifts use case that finds who is on duty
     */
    public RotaDutyStatus(FindOnDuty onDuty) {
        this.onDuty = Objects.requireNonNull(onDuty, "onDuty");
    }

    @Override
    public boolean isOnDuty(PersonId person, Instant at) {
        return onDuty.at(at).includes(person);
    }
}
