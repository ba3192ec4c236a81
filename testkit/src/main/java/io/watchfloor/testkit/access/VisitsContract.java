package io.watchfloor.testkit.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.Visit;
import io.watchfloor.access.VisitId;
import io.watchfloor.access.port.out.Visits;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.NotFound;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What every {@link Visits} adapter must do (ACCESS-07); supply a fresh, empty store per test. */
@Tag("ACCESS-07")
public abstract class VisitsContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract Visits newVisits();

    @Test
    @DisplayName("a visit keeps its sealed ID number (keyed hash and last four), and its exit once recorded")
    void storesVisits() {
        Visits visits = newVisits();
        Visit visit = visits.save(AccessSamples.aVisit("Fang Yu", AccessSamples.MONDAY_8AM));

        Visit left = visits.save(visit.left(AccessSamples.MONDAY_8AM.plusSeconds(3600)));

        Visit found = visits.get(visit.id());
        assertEquals(left, found);
        assertEquals("123X", found.idNumber().lastFour());
        assertTrue(AccessSamples.TEST_SEAL.proves(found.idNumber(), "31010119800101123X"));
        assertEquals(AccessSamples.MONDAY_8AM.plusSeconds(3600), found.exitAt());
    }

    @Test
    @DisplayName("visits are listed by entry time; stale saves are refused; unknown ids are not found")
    void listsAndGuards() {
        Visits visits = newVisits();
        Visit a = visits.save(AccessSamples.aVisit("A", AccessSamples.MONDAY_8AM.plusSeconds(60)));
        Visit b = visits.save(AccessSamples.aVisit("B", AccessSamples.MONDAY_8AM));
        visits.save(AccessSamples.aVisit("C", AccessSamples.MONDAY_8AM.plusSeconds(7200)));
        visits.save(a.left(AccessSamples.MONDAY_8AM.plusSeconds(120)));

        assertEquals(List.of("B", "A"), visits.enteredBetween(AccessSamples.MONDAY_8AM, AccessSamples.MONDAY_8AM.plusSeconds(7200))
                .stream().map(Visit::visitorName).toList());
        assertThrows(ConcurrentModification.class, () -> visits.save(a.left(AccessSamples.MONDAY_8AM.plusSeconds(180))));
        assertThrows(NotFound.class, () -> visits.get(VisitId.newId()));
        assertEquals(b, visits.get(b.id()));
    }
}
