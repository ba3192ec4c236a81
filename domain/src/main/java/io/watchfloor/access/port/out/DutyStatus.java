package io.watchfloor.access.port.out;

import io.watchfloor.people.PersonId;
import java.time.Instant;

/** Who is on duty (ACCESS-09). Served by the shifts context's rota; a deployment without rotas supplies its own. */
public interface DutyStatus {

    /** Whether {@code person} is on duty at {@code at}. */
    boolean isOnDuty(PersonId person, Instant at);
}
