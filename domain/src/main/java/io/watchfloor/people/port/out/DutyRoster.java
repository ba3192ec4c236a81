package io.watchfloor.people.port.out;

import io.watchfloor.people.PersonId;
import java.time.Instant;
import java.util.Optional;

/**
 * Who leads the shift at an instant. Served by the shifts context (PEOPLE-03); a deployment without
 * rotas uses {@link #NOBODY}, and escalations then go straight to the centre head.
 */
public interface DutyRoster {

    /** A roster in which nobody is ever on duty. */
    DutyRoster NOBODY = at -> Optional.empty();

    /**
     * The shift leader on duty at {@code at}, if any. When two are on duty an implementation names one by a rule it
     * states (the rota's: the leader of the shift now running, then the one in charge longest, then by name), never by
     * the order of ids.
     */
    Optional<PersonId> shiftLeaderAt(Instant at);
}
