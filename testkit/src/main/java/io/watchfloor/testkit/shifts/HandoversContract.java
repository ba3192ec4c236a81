package io.watchfloor.testkit.shifts;

import static io.watchfloor.testkit.shifts.ShiftsContractFixtures.MONDAY_8AM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.Version;
import io.watchfloor.shifts.Handover;
import io.watchfloor.shifts.HandoverId;
import io.watchfloor.shifts.port.out.Handovers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link Handovers} adapter must do. Extend it and supply a fresh, empty store per test. */
public abstract class HandoversContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract Handovers newHandovers();

    private static Handover written(Instant boundary) {
        return new Handover(HandoverId.newId(), Role.OPERATOR, boundary, PersonId.newId(), PersonId.newId(), "quiet night",
                List.of(CaseId.newId()), List.of(IncidentId.newId()), List.of("watch the market gate"), List.of("camera 12 no picture"),
                List.of("radio 3", "key 7"), boundary.minus(Duration.ofMinutes(10)), List.of(), null, Version.NEW);
    }

    @Test
    @DisplayName("a handover is stored with everything written and found by id and by boundary")
    void storesAndFinds() {
        Handovers handovers = newHandovers();
        Handover h = written(MONDAY_8AM);

        Handover stored = handovers.save(h);

        assertEquals(new Version(1), stored.version());
        assertEquals(stored, handovers.get(h.id()));
        assertEquals(List.of(stored), handovers.at(MONDAY_8AM));
        assertTrue(handovers.at(MONDAY_8AM.plusSeconds(1)).isEmpty());
        assertThrows(NotFound.class, () -> handovers.get(HandoverId.newId()));
    }

    @Test
    @DisplayName("the incoming signature is stored; signing a stale copy again is refused")
    void signature() {
        Handovers handovers = newHandovers();
        Handover stored = handovers.save(written(MONDAY_8AM));
        Handover signed = handovers.save(stored.signByIncoming(MONDAY_8AM.minusSeconds(60), List.of("radio 3 missing")));

        assertEquals(List.of("radio 3 missing"), handovers.get(stored.id()).discrepancies());
        assertEquals(new Version(2), signed.version());
        assertThrows(ConcurrentModification.class, () -> handovers.save(stored.signByIncoming(MONDAY_8AM, List.of())));
    }

    @Test
    @DisplayName("handovers are listed between two instants by boundary")
    void between() {
        Handovers handovers = newHandovers();
        Handover second = handovers.save(written(MONDAY_8AM.plus(Duration.ofHours(8))));
        Handover first = handovers.save(written(MONDAY_8AM));

        assertEquals(List.of(first, second), handovers.between(MONDAY_8AM, MONDAY_8AM.plus(Duration.ofHours(9))));
        assertEquals(List.of(first), handovers.between(MONDAY_8AM, MONDAY_8AM.plus(Duration.ofHours(8))));
    }
}
