package io.watchfloor.testkit.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.testkit.people.InMemoryPeople;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InMemoryTransactionsTest {

    @Test
    @DisplayName("a unit of work that throws leaves nothing it stored, and earlier work stays")
    void rollsBack() {
        InMemoryTransactions tx = new InMemoryTransactions();
        InMemoryPeople people = new InMemoryPeople(tx);
        Person kept = tx.inTransaction(() -> people.save(Person.newPerson("Kept", Set.of(Role.OPERATOR), null)));
        Person lost = Person.newPerson("Lost", Set.of(Role.OPERATOR), null);

        assertThrows(IllegalStateException.class, () -> tx.inTransaction(() -> {
            people.save(lost);
            people.save(people.get(kept.id()).grant(Role.DISPATCHER, Instant.EPOCH).person());
            throw new IllegalStateException("boom");
        }));

        assertTrue(people.find(lost.id()).isEmpty());
        assertEquals(kept, people.get(kept.id()));
        assertEquals(1, tx.committed());
        assertEquals(1, tx.rolledBack());
    }

    @Test
    @DisplayName("a transactional event sink forgets the events of undone work and keeps the rest")
    void eventsOfUndoneWorkAreForgotten() {
        InMemoryTransactions tx = new InMemoryTransactions();
        RecordingEventSink events = new RecordingEventSink(tx);
        io.watchfloor.people.PeopleEvent kept = new io.watchfloor.people.PeopleEvent.RoleGranted(
                io.watchfloor.people.PersonId.newId(), Role.OPERATOR, Instant.EPOCH);
        io.watchfloor.people.PeopleEvent undone = new io.watchfloor.people.PeopleEvent.RoleGranted(
                io.watchfloor.people.PersonId.newId(), Role.DISPATCHER, Instant.EPOCH);
        tx.run(() -> events.publish(kept));

        assertThrows(IllegalStateException.class, () -> tx.run(() -> {
            events.publish(undone);
            throw new IllegalStateException("boom");
        }));

        assertEquals(java.util.List.of(kept), events.all());
    }

    @Test
    @DisplayName("the settable clock stands still until moved")
    void clock() {
        SettableClock clock = SettableClock.at(Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), clock.instant());
        clock.advance(java.time.Duration.ofMinutes(15));
        assertEquals(Instant.parse("2026-01-01T00:15:00Z"), clock.instant());
        clock.set(Instant.EPOCH);
        assertEquals(Instant.EPOCH, clock.withZone(java.time.ZoneId.of("Asia/Shanghai")).instant());
    }
}
