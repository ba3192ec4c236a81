package io.watchfloor.people.port.in;

import io.watchfloor.people.EscalationChain;
import java.time.Instant;

/** Who an escalation at an instant goes to (PEOPLE-03). */
public interface FindEscalationTarget {

    /** The escalation chain at {@code at}: the shift leader on duty, then the centre heads. */
    EscalationChain at(Instant at);
}
