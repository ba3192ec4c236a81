package io.watchfloor.shifts.port.in;

import io.watchfloor.shifts.OnDuty;
import java.time.Instant;

/** Who is on duty at an instant and who leads the shift (PEOPLE-03). */
public interface FindOnDuty {

    /** The people responsible for each post at {@code at}, by the published rotas, handovers and extensions. */
    OnDuty at(Instant at);
}
