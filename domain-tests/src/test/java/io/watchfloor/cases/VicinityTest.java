package io.watchfloor.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.cases.port.out.Vicinity;
import io.watchfloor.shared.Location;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The grid cells a repeat check reads cover the whole radius and little more")
class VicinityTest {

    private static final Location PEOPLES_SQUARE = CaseWorld.PEOPLES_SQUARE;
    /** Metres of latitude in one of the 2³¹ latitude steps of a key. */
    private static final double METRES_PER_STEP = 180.0 / (1L << 31) * 111_195;
    /** Metres of longitude in one of the 2³¹ longitude steps of a key, at People's Square. */
    private static final double METRES_PER_LONGITUDE_STEP = 360.0 / (1L << 31) * 111_195 * Math.cos(Math.toRadians(31.2304));

    @Test
    @Tag("CASE-09")
    @DisplayName("every place within the radius has its key in one of the ranges read, anywhere on earth")
    void rangesCoverTheCircle() {
        Property.forAll(Gens.doubles(-90, 90), Gens.doubles(-180, 180), Gens.oneOf(0.0, 1.0, 100.0, 5_000.0, 500_000.0),
                Gens.tuples(Gens.doubles(-1.5, 1.5), Gens.doubles(-1.5, 1.5))).tries(2_000).check((lat, lon, radius, offset) -> {
                    Location centre = new Location(lat, lon, "centre");
                    double degrees = Math.toDegrees(radius / 6_371_008.8);
                    double plat = Math.max(-90, Math.min(90, lat + offset.first() * degrees));
                    double plon = lon + offset.second() * degrees / Math.max(1e-3, Math.cos(Math.toRadians(lat)));
                    plon = ((plon + 540) % 360 + 360) % 360 - 180;
                    Location place = new Location(plat, plon, "place");
                    Vicinity near = new Vicinity(centre, radius);
                    long key = Vicinity.key(place);
                    boolean read = near.ranges().stream().anyMatch(r -> r.contains(key));

                    Property.classify(near.contains(place), "within the radius");
                    assertTrue(!near.contains(place) || read, () -> place + " is within " + radius + " m of " + centre + " but not read");
                    assertTrue(!near.contains(place) || near.box().mayContain(plat, plon), () -> place + " is within the radius but outside " + near.box());
                });
    }

    @Test
    @Tag("CASE-09")
    @DisplayName("a 100 m check in Shanghai reads at most nine cells, together at most eight times the circle, whatever the number of cases")
    void cellsMatchTheRadius() {
        List<Vicinity.KeyRange> ranges = new Vicinity(PEOPLES_SQUARE, 100).ranges();

        assertTrue(ranges.size() <= 9, ranges::toString);
        double squareMetres = 0;
        for (Vicinity.KeyRange r : ranges) {
            double side = Math.sqrt((double) (r.until() - r.from()));
            squareMetres += side * METRES_PER_STEP * side * METRES_PER_LONGITUDE_STEP;
        }
        double area = squareMetres;
        assertTrue(area <= 8 * Math.PI * 100 * 100, () -> "the cells cover " + area + " m²");
    }

    @Test
    @DisplayName("a negative or infinite radius is refused")
    void impossibleRadius() {
        assertThrows(IllegalArgumentException.class, () -> new Vicinity(PEOPLES_SQUARE, -1));
        assertThrows(IllegalArgumentException.class, () -> new Vicinity(PEOPLES_SQUARE, Double.POSITIVE_INFINITY));
        assertEquals(1, new Vicinity(PEOPLES_SQUARE, 0).ranges().size());
    }
}
