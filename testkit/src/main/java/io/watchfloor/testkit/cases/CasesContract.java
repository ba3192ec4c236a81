package io.watchfloor.testkit.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.cases.Case;
import io.watchfloor.cases.CaseCategory;
import io.watchfloor.cases.ReportSource;
import io.watchfloor.cases.TimeBasis;
import io.watchfloor.cases.port.out.Cases;
import io.watchfloor.cases.port.out.Vicinity;
import io.watchfloor.people.DepartmentId;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.Location;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.Version;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Cases} adapter must do (CASE-13 history kept, versions, the deadline query
 * {@code dueWork} reads, and the repeat-report query every registration reads, CASE-09, checked
 * against a scan of every stored case by a property that asks for a fresh store per try). Extend it and supply a fresh, empty store per test:
 * {@code class JdbcCasesTest extends CasesContract { protected Cases newCases() { ... } }}.
 */
public abstract class CasesContract {

    /**
     * How many worlds the repeat-report property tries: 200 by default; an adapter whose every
     * round trip goes over a network may lower it (each world stores up to a few dozen cases).
     */
    protected int propertyTries() {
        return 200;
    }

    /** A new, empty store; called once per test. */
    protected abstract Cases newCases();

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    private static final PersonId ACCEPTOR = PersonId.newId();
    private static final CaseCategory ROADS = new CaseCategory("ROAD", "Road damage", DepartmentId.newId(), Duration.ofHours(48), TimeBasis.CONTINUOUS);
    private static final CaseCategory LIGHTS = new CaseCategory("LIGHTS", "Street lights out", DepartmentId.newId(), Duration.ofHours(24), TimeBasis.CONTINUOUS);
    private static final Location PEOPLES_SQUARE = new Location(31.2304, 121.4737, "People's Square, Huangpu");

    /**
     * {@return a case received and registered at {@code at}: its dispatch limit ends 15 min later}
     *
     * @param at when it was registered
     */
    protected static Case aRegisteredCase(Instant at) {
        return aRegisteredCase(at, PEOPLES_SQUARE, ROADS);
    }

    /** A case received at {@code place} and registered in {@code category} at {@code at}. */
    protected static Case aRegisteredCase(Instant at, Location place, CaseCategory category) {
        return aReceivedCase(at, place).register(ACCEPTOR, at, "", category, at.plus(Duration.ofMinutes(15))).state();
    }

    /** A report received at {@code place} at {@code at}, not yet registered. */
    protected static Case aReceivedCase(Instant at, Location place) {
        return Case.receive(CaseId.newId(), ACCEPTOR, at, ReportSource.CAMERA, "pothole", place, false).state();
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
    @Tag("CASE-09")
    @DisplayName("the candidates of a repeat report are the open cases of the category near the place, registered within the window, oldest first")
    void openNearIsWithinDistanceAndWindow() {
        Cases cases = newCases();
        Location edge = towards(PEOPLES_SQUARE, 37, 100);
        Vicinity near = new Vicinity(PEOPLES_SQUARE, PEOPLES_SQUARE.metresTo(edge));
        Case atTheEdge = cases.save(aRegisteredCase(T0.plusSeconds(60), edge, ROADS));
        Case onTheSpot = cases.save(aRegisteredCase(T0, PEOPLES_SQUARE, ROADS));
        Case tooEarly = cases.save(aRegisteredCase(T0.minusSeconds(1), PEOPLES_SQUARE, ROADS));
        Case justBeyond = cases.save(aRegisteredCase(T0, towards(PEOPLES_SQUARE, 37, 100.01), ROADS));
        Case otherCategory = cases.save(aRegisteredCase(T0, PEOPLES_SQUARE, LIGHTS));
        Case linked = cases.save(aReceivedCase(T0, PEOPLES_SQUARE).linkAsRepeat(ACCEPTOR, T0, ROADS, onTheSpot.id()).state());
        Case rejected = cases.save(aReceivedCase(T0, PEOPLES_SQUARE).reject(ACCEPTOR, T0, "not ours").state());

        List<CaseId> candidates = ids(cases.openNear("ROAD", near, T0));

        assertEquals(List.of(onTheSpot.id(), atTheEdge.id()), candidates);
        assertEquals(List.of(tooEarly.id(), onTheSpot.id(), atTheEdge.id()), ids(cases.openNear("ROAD", near, T0.minusSeconds(1))));
        assertEquals(List.of(otherCategory.id()), ids(cases.openNear("LIGHTS", near, T0)));
        assertEquals(List.of(), ids(cases.openNear("OTHER", near, T0)));
        assertTrue(cases.find(justBeyond.id()).isPresent() && cases.find(linked.id()).isPresent() && cases.find(rejected.id()).isPresent());
        assertEquals(7, cases.receivedBefore(T0.plusSeconds(61)).size());
    }

    @Test
    @Tag("CASE-09")
    @DisplayName("across the 180th meridian and around a pole, a place's near cases are found on both sides")
    void openNearAcrossTheMeridianAndThePole() {
        Cases cases = newCases();
        Location fiji = new Location(-16.5, 179.9999, "Taveuni, Fiji");
        Location acrossTheMeridian = towards(fiji, 90, 50);
        Location pole = new Location(89.9999, 10, "near the North Pole");
        Location acrossThePole = towards(pole, 10, 30);
        Case east = cases.save(aRegisteredCase(T0, acrossTheMeridian, ROADS));
        Case north = cases.save(aRegisteredCase(T0, acrossThePole, ROADS));

        assertTrue(acrossTheMeridian.longitude() < 0, "the place lies west of -179°");
        assertEquals(List.of(east.id()), ids(cases.openNear("ROAD", new Vicinity(fiji, 60), T0)));
        assertEquals(List.of(north.id()), ids(cases.openNear("ROAD", new Vicinity(pole, 30.01), T0)));
    }

    /** What a property try stores: a case at {@code bearing} and {@code reach} × the radius from the centre. */
    private record Site(double bearing, double reach, boolean lights, int minute, int fate) {
    }

    /** A try: a centre, a radius, sites around it, whether the radius is exactly one site's distance, and the window's start. */
    private record World(Location centre, double radius, List<Site> sites, int edgeSite, int sinceMinute) {
    }

    private static Gen<World> worlds() {
        Gen<Location> centres = Gens.choice(
                Gens.tuples(Gens.doubles(-70, 70), Gens.doubles(-180, 180)).map(t -> new Location(t.first(), t.second(), "a city")),
                Gens.tuples(Gens.doubles(-70, 70), Gens.oneOf(180.0, -180.0, 179.9995, -179.9995))
                        .map(t -> new Location(t.first(), t.second(), "by the 180th meridian")),
                Gens.tuples(Gens.doubles(89.99, 90), Gens.booleans(), Gens.doubles(-180, 180))
                        .map(t -> new Location(t.second() ? t.first() : -t.first(), t.third(), "by a pole")));
        Gen<Site> sites = source -> new Site(source.draw(Gens.doubles(0, 360)), source.draw(Gens.doubles(0, 2.5)),
                source.draw(Gens.booleans()), source.draw(Gens.integers(0, 600)), source.draw(Gens.integers(0, 4)));
        return source -> {
            Location centre = source.draw(centres);
            double radius = source.draw(Gens.oneOf(0.0, 1.0, 100.0, 2_000.0, 20_000.0));
            List<Site> around = source.draw(Gens.lists(sites, 0, 40));
            int edge = source.draw(Gens.integers(-1, around.size() - 1));
            return new World(centre, radius, around, edge, source.draw(Gens.integers(0, 200)));
        };
    }

    @Test
    @Tag("CASE-09")
    @DisplayName("the candidates of a repeat report are exactly those a scan of every stored case finds, cases exactly at the radius included")
    void openNearAgreesWithTheScan() {
        Property.forAll(worlds()).named("openNear = scan").tries(propertyTries()).check(world -> {
            Cases cases = newCases();
            Map<CaseId, Case> stored = new LinkedHashMap<>();
            List<Location> places = new ArrayList<>();
            for (Site site : world.sites()) {
                Location place = towards(world.centre(), site.bearing(), site.reach() * world.radius());
                places.add(place);
                Instant at = T0.plus(Duration.ofMinutes(site.minute()));
                CaseCategory category = site.lights() ? LIGHTS : ROADS;
                Case received = cases.save(aReceivedCase(at, place));
                Case c = switch (site.fate()) {
                    case 0 -> received;
                    case 1 -> cases.save(received.reject(ACCEPTOR, at, "not ours").state());
                    case 2 -> cases.save(received.linkAsRepeat(ACCEPTOR, at, category, CaseId.newId()).state());
                    case 3 -> cases.save(received.register(ACCEPTOR, at, "", category, at.plus(Duration.ofMinutes(15))).state());
                    default -> {
                        Case registered = cases.save(received.register(ACCEPTOR, at, "", category, at.plus(Duration.ofMinutes(15))).state());
                        yield cases.save(registered.superviseAsLeader(ACCEPTOR, at.plusSeconds(1), "the district head follows it").state());
                    }
                };
                stored.put(c.id(), c);
            }
            double radius = world.edgeSite() < 0 ? world.radius() : world.centre().metresTo(places.get(world.edgeSite()));
            Instant since = T0.plus(Duration.ofMinutes(world.sinceMinute()));
            Vicinity near = new Vicinity(world.centre(), radius);

            List<CaseId> scanned = stored.values().stream()
                    .filter(c -> c.isOpen() && c.category().equals(Optional.of("ROAD")) && !c.registeredAt().orElseThrow().isBefore(since)
                            && world.centre().metresTo(c.location()) <= radius)
                    .sorted(Comparator.comparing((Case c) -> c.registeredAt().orElseThrow()).thenComparing(c -> c.id().value()))
                    .map(Case::id).toList();
            Property.classify(world.edgeSite() >= 0 && scanned.stream().anyMatch(id -> stored.get(id).location().equals(places.get(world.edgeSite()))),
                    "a candidate lies exactly at the radius");
            Property.classify(scanned.isEmpty(), "no candidate");
            assertEquals(scanned, ids(cases.openNear("ROAD", near, since)));
        });
    }

    /** The place {@code metres} from {@code from} heading {@code bearing} degrees east of north, on the sphere. */
    protected static Location towards(Location from, double bearing, double metres) {
        double d = metres / 6_371_008.8;
        double lat = Math.toRadians(from.latitude());
        double b = Math.toRadians(bearing);
        double lat2 = Math.asin(Math.sin(lat) * Math.cos(d) + Math.cos(lat) * Math.sin(d) * Math.cos(b));
        double lon2 = Math.toRadians(from.longitude())
                + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat), Math.cos(d) - Math.sin(lat) * Math.sin(lat2));
        double lon = Math.toDegrees(lon2);
        lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
        return new Location(Math.max(-90, Math.min(90, Math.toDegrees(lat2))), Math.max(-180, Math.min(180, lon)), "nearby");
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
