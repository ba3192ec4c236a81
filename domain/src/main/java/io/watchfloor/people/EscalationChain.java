package io.watchfloor.people;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who an escalation at an instant goes to (PEOPLE-03): first the shift leader on duty then, when
 * nobody answers or none is on duty, the centre heads. With two shift leaders on duty the roster names one by its
 * stated rule (the rota's: the leader of the shift now running, then the one in charge longest, then by name; see
 * {@link io.watchfloor.people.port.out.DutyRoster}), never by id.
 *
 * @param shiftLeader the shift leader on duty at {@code at}, if the rota names one
 * @param centreHeads the centre heads, in a stable order
 */
public record EscalationChain(Instant at, Optional<PersonId> shiftLeader, List<PersonId> centreHeads) {

    public EscalationChain {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(shiftLeader, "shiftLeader");
        centreHeads = List.copyOf(centreHeads);
    }

    /** Everyone in the order they are to be reached. */
    public List<PersonId> inOrder() {
        return shiftLeader.map(leader -> java.util.stream.Stream.concat(java.util.stream.Stream.of(leader), centreHeads.stream()
                .filter(h -> !h.equals(leader))).toList()).orElse(centreHeads);
    }

    /** The first person to reach, if anyone can be reached. */
    public Optional<PersonId> first() {
        return inOrder().stream().findFirst();
    }
}
