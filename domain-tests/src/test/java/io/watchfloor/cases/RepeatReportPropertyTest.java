package io.watchfloor.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.Location;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A report of the same problem is linked to the nearest open case, as a scan of every case would link it")
class RepeatReportPropertyTest {

    /** One report: where (metres north and east of People's Square), its category, and the hours since the previous report. */
    private record Report(double north, double east, boolean litter, int hoursLater) {
    }

    private static final Gen<Report> REPORTS = source -> new Report(source.draw(Gens.doubles(-250, 250)), source.draw(Gens.doubles(-250, 250)),
            source.draw(Gens.booleans()), source.draw(Gens.oneOf(0, 1, 24, 72)));

    @Test
    @Tag("CASE-09")
    @DisplayName("each registration links to the nearest open case of its category within the radius and window, else opens a case of its own")
    void registrationAgreesWithTheScan() {
        Property.forAll(Gens.lists(REPORTS, 1, 25)).tries(60).check(reports -> {
            CaseWorld w = new CaseWorld();
            for (Report r : reports) {
                w.advance(Duration.ofHours(r.hoursLater()));
                Location where = metresFromTheSquare(r.north(), r.east());
                String category = r.litter() ? "LITTER" : "ROAD";
                Optional<CaseId> expected = nearestOpenByScan(w, category, where);

                Case c = w.registered(category, where);

                Property.classify(expected.isPresent(), "linked as a repeat");
                assertEquals(expected, c.repeatOf());
                assertEquals(expected.isPresent() ? CaseStatus.REPEAT : CaseStatus.REGISTERED, c.status());
            }
        });
    }

    /** What the repeat check did before the index: read every stored case. */
    private static Optional<CaseId> nearestOpenByScan(CaseWorld w, String category, Location where) {
        Instant since = w.clock.instant().minus(w.policy.repeatWindow());
        List<Case> open = w.cases.all().stream()
                .filter(c -> c.isOpen() && c.category().equals(Optional.of(category)) && !c.registeredAt().orElseThrow().isBefore(since)
                        && c.location().metresTo(where) <= w.policy.repeatRadiusMetres())
                .sorted(Comparator.comparing((Case c) -> c.registeredAt().orElseThrow()).thenComparing(c -> c.id().value()))
                .toList();
        return open.stream().min(Comparator.comparingDouble((Case c) -> c.location().metresTo(where))
                .thenComparing(c -> c.registeredAt().orElseThrow())).map(Case::id);
    }

    private static Location metresFromTheSquare(double north, double east) {
        Location square = CaseWorld.PEOPLES_SQUARE;
        double latitude = square.latitude() + north / 111_195;
        double longitude = square.longitude() + east / (111_195 * Math.cos(Math.toRadians(square.latitude())));
        return new Location(latitude, longitude, "near People's Square");
    }
}
