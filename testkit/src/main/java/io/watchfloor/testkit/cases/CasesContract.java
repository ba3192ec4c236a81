package io.watchfloor.testkit.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.cases.Case;
import io.watchfloor.cases.CaseCategory;
import io.watchfloor.cases.ReportSource;
import io.watchfloor.cases.TimeBasis;
import io.watchfloor.cases.port.out.Cases;
import io.watchfloor.people.DepartmentId;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.Location;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Cases} adapter must do (CASE-13 history kept, versions, and the deadline query
 * {@code dueWork} reads). Extend it and supply a fresh, empty store per test:
 * {@code class JdbcCasesTest extends CasesContract { protected Cases newCases() { ... } }}.
 */
public abstract class CasesContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract Cases newCases();

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    private static final PersonId ACCEPTOR = PersonId.newId();
    private static final CaseCategory ROADS = new CaseCategory("ROAD", "Road damage", DepartmentId.newId(), Duration.ofHours(48), TimeBasis.CONTINUOUS);
    private static final Location PEOPLES_SQUARE = new Location(31.2304, 121.4737, "People's Square, Huangpu");

    /**
     * {@return a case received and registered at {@code at}: its dispatch limit ends 15 min later}
     *
     * @param at when it was registered
     */
    protected static Case aRegisteredCase(Instant at) {
        Case received = Case.receive(CaseId.newId(), ACCEPTOR, at, ReportSource.CAMERA, "pothole", PEOPLES_SQUARE, false).state();
        return received.register(ACCEPTOR, at, "", ROADS, at.plus(Duration.ofMinutes(15))).state();
    }

    @Test
    @DisplayName("a new case is stored as version 1 and found again with its whole history")
    void storesAndFinds() {
        Cases cases = newCases();
        Case c = aRegisteredCase(T0);

        Case stored = cases.save(c);

        assertEquals(new Version(1), stored.version());
        Case found = cases.get(c.id());
        assertEquals(c.history(), found.history());
        assertTrue(found.sameStateAs(c));
        assertEquals(found.history(), Case.replay(found.history(), found.version()).history());
    }

    @Test
    @DisplayName("an unknown case is not found")
    void unknownIsNotFound() {
        Cases cases = newCases();
        assertTrue(cases.find(CaseId.newId()).isEmpty());
        assertThrows(NotFound.class, () -> cases.get(CaseId.newId()));
    }

    @Test
    @DisplayName("an update based on an older version is a concurrent modification and changes nothing")
    void staleUpdatesAreRefused() {
        Cases cases = newCases();
        Case stored = cases.save(aRegisteredCase(T0));
        cases.save(stored.superviseAsLeader(ACCEPTOR, T0.plusSeconds(1), "the district head follows it").state());

        assertThrows(ConcurrentModification.class,
                () -> cases.save(stored.superviseAsLeader(ACCEPTOR, T0.plusSeconds(2), "again").state()));
        assertEquals(new Version(2), cases.get(stored.id()).version());
        assertEquals(stored.history().size() + 1, cases.get(stored.id()).history().size());
    }

    @Test
    @DisplayName("an update that rewrites the stored history is refused (CASE-13)")
    void historyIsAppendOnly() {
        Cases cases = newCases();
        Case stored = cases.save(aRegisteredCase(T0));
        Case rewritten = Case.replay(stored.history().subList(0, 1), stored.version());

        assertThrows(RuntimeException.class, () -> cases.save(rewritten));
        assertEquals(stored.history(), cases.get(stored.id()).history());
    }

    @Test
    @DisplayName("a new case whose id is already stored is a concurrent modification")
    void duplicateInsertIsRefused() {
        Cases cases = newCases();
        Case c = aRegisteredCase(T0);
        cases.save(c);
        assertThrows(ConcurrentModification.class, () -> cases.save(c));
    }

    @Test
    @DisplayName("cases whose next deadline is strictly before t come back earliest first, up to the limit")
    void dueBeforeIsStrictAndOrdered() {
        Cases cases = newCases();
        Case early = cases.save(aRegisteredCase(T0));
        Case middle = cases.save(aRegisteredCase(T0.plusSeconds(60)));
        Case late = cases.save(aRegisteredCase(T0.plusSeconds(120)));
        Instant middleDue = middle.nextDeadline().orElseThrow();

        assertEquals(List.of(early.id()), ids(cases.dueBefore(middleDue, 10)));
        assertEquals(List.of(early.id(), middle.id()), ids(cases.dueBefore(middleDue.plusMillis(1), 10)));
        assertEquals(List.of(early.id()), ids(cases.dueBefore(Instant.MAX, 1)));
        assertEquals(List.of(early.id(), middle.id(), late.id()), ids(cases.dueBefore(Instant.MAX, 10)));
    }

    @Test
    @DisplayName("once its timer has fired and been stored, a case is no longer due")
    void firedCasesLeaveTheDueQuery() {
        Cases cases = newCases();
        Case c = cases.save(aRegisteredCase(T0));
        Instant after = c.nextDeadline().orElseThrow().plusMillis(1);

        cases.save(c.fireDue(after).state());

        assertEquals(List.of(), cases.dueBefore(after, 10));
        assertEquals(List.of(), cases.dueBefore(Instant.MAX, 10));
    }

    @Test
    @DisplayName("the open cases of a category registered since an instant are the candidates of a repeat report")
    void openInCategory() {
        Cases cases = newCases();
        Case old = cases.save(aRegisteredCase(T0));
        Case recent = cases.save(aRegisteredCase(T0.plusSeconds(3600)));
        Case rejected = cases.save(Case.receive(CaseId.newId(), ACCEPTOR, T0, ReportSource.CAMERA, "x", PEOPLES_SQUARE, false).state()
                .reject(ACCEPTOR, T0, "not ours").state());

        assertEquals(List.of(old.id(), recent.id()), ids(cases.openInCategory("ROAD", T0)));
        assertEquals(List.of(recent.id()), ids(cases.openInCategory("ROAD", T0.plusSeconds(1))));
        assertEquals(List.of(), ids(cases.openInCategory("OTHER", T0)));
        assertTrue(cases.receivedBefore(T0.plusSeconds(1)).stream().anyMatch(c -> c.id().equals(rejected.id())));
        assertEquals(2, cases.receivedBefore(T0.plusSeconds(1)).size());
    }

    @Test
    @DisplayName("hard cases are those a leader supervises, a failed verification sent back, or awaiting a return")
    void hardCases() {
        Cases cases = newCases();
        Case plain = cases.save(aRegisteredCase(T0));
        Case supervised = cases.save(aRegisteredCase(T0).superviseAsLeader(ACCEPTOR, T0.plusSeconds(1), "the mayor asked").state());

        assertEquals(List.of(supervised.id()), ids(cases.hardCases()));
        assertTrue(cases.find(plain.id()).isPresent());
    }

    private static List<CaseId> ids(List<Case> cases) {
        return cases.stream().map(Case::id).toList();
    }
}
