package io.watchfloor.testkit.shifts;

import static io.watchfloor.testkit.shifts.ShiftsContractFixtures.MONDAY;
import static io.watchfloor.testkit.shifts.ShiftsContractFixtures.aRotaWithOneDuty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaId;
import io.watchfloor.shifts.port.out.Rotas;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link Rotas} adapter must do. Extend it and supply a fresh, empty store per test. */
public abstract class RotasContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract Rotas newRotas();

    @Test
    @DisplayName("a new rota is stored as version 1 and found again with its assignments and policy")
    void storesAndFinds() {
        Rotas rotas = newRotas();
        Rota rota = aRotaWithOneDuty(MONDAY);

        Rota stored = rotas.save(rota);

        assertEquals(new Version(1), stored.version());
        assertEquals(stored, rotas.get(rota.id()));
        assertEquals(rota.assignments(), rotas.get(rota.id()).assignments());
        assertEquals(rota.policy(), rotas.get(rota.id()).policy());
    }

    @Test
    @DisplayName("an update at the stored version advances it; one at an older version is refused and changes nothing")
    void optimisticLocking() {
        Rotas rotas = newRotas();
        Rota stored = rotas.save(aRotaWithOneDuty(MONDAY));
        Rota updated = rotas.save(stored.withAssignments(List.of()));

        assertEquals(new Version(2), updated.version());
        assertThrows(ConcurrentModification.class, () -> rotas.save(stored));
        assertTrue(rotas.get(stored.id()).assignments().isEmpty());
        assertThrows(ConcurrentModification.class, () -> rotas.save(stored.withVersion(Version.NEW)));
    }

    @Test
    @DisplayName("rotas are found by the overlap of their horizon, ordered by first day; an unknown id is not found")
    void overlapping() {
        Rotas rotas = newRotas();
        Rota later = rotas.save(aRotaWithOneDuty(MONDAY.plusWeeks(1)));
        Rota first = rotas.save(aRotaWithOneDuty(MONDAY));

        assertEquals(List.of(first.id(), later.id()), rotas.overlapping(new TimeRange(first.horizon().start(), later.horizon().end()))
                .stream().map(Rota::id).toList());
        assertEquals(List.of(later.id()), rotas.overlapping(later.horizon()).stream().map(Rota::id).toList());
        assertThrows(NotFound.class, () -> rotas.get(RotaId.newId()));
    }
}
