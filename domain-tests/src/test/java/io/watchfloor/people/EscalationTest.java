package io.watchfloor.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.people.port.in.RegisterPerson;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Escalation targets")
class EscalationTest {

    @Test
    @DisplayName("go to the shift leader on duty first, then to the centre head; with nobody on duty, to the centre head")
    void chain() {
        AtomicReference<PersonId> onDuty = new AtomicReference<>();
        PeopleFixtures centre = new PeopleFixtures(at -> Optional.ofNullable(onDuty.get()));
        Person head = centre.module.registerPerson().register(new RegisterPerson.Command("Director Sun", Set.of(Role.CENTRE_HEAD), null));
        Person leader = centre.module.registerPerson().register(new RegisterPerson.Command("Leader Zhou", Set.of(Role.SHIFT_LEADER), null));
        Instant t = Instant.parse("2026-11-23T03:00:00Z");

        assertEquals(List.of(head.id()), centre.module.findEscalationTarget().at(t).inOrder());
        onDuty.set(leader.id());
        assertEquals(List.of(leader.id(), head.id()), centre.module.findEscalationTarget().at(t).inOrder());
        assertEquals(Optional.of(leader.id()), centre.module.findEscalationTarget().at(t).first());
    }
}
