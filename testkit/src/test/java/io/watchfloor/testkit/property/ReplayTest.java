package io.watchfloor.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Seeds replay runs and the tries come from the property, the system property or the default")
class ReplayTest {

    private static final Gen<Tuple4<Integer, List<String>, Instant, Double>> VALUES = Gens.tuples(
            Gens.integers(-1_000_000, 1_000_000),
            Gens.lists(Gens.strings("abcxyz", 0, 8)),
            Gens.instants(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z")),
            Gens.doubles(-5.0, 5.0));

    private String savedTries;
    private String savedSeed;

    @BeforeEach
    void saveSystemProperties() {
        savedTries = System.getProperty("watchfloor.tries");
        savedSeed = System.getProperty("watchfloor.seed");
    }

    @AfterEach
    void restoreSystemProperties() {
        restore("watchfloor.tries", savedTries);
        restore("watchfloor.seed", savedSeed);
    }

    @Test
    @DisplayName("the same seed gives the same values in the same order")
    void sameSeedSameValues() {
        assertEquals(valuesOfARun(42L), valuesOfARun(42L));
    }

    @Test
    @DisplayName("a different seed gives different values")
    void differentSeedDifferentValues() {
        assertNotEquals(valuesOfARun(42L), valuesOfARun(43L));
    }

    @Test
    @DisplayName("without a seed, two runs give different values, each reporting its own seed")
    void randomSeedByDefault() {
        System.setProperty("watchfloor.seed", "");
        List<Object> first = new ArrayList<>();
        List<Object> second = new ArrayList<>();

        PropertyReport one = Property.forAll(VALUES).tries(50).check(first::add);
        PropertyReport two = Property.forAll(VALUES).tries(50).check(second::add);

        assertNotEquals(first, second);
        assertNotEquals(one.seed(), two.seed());
        List<Object> replayed = new ArrayList<>();
        Property.forAll(VALUES).tries(50).seed(one.seed()).check(replayed::add);
        assertEquals(first, replayed);
    }

    @Test
    @DisplayName("-Dwatchfloor.seed replays a run, and .seed(...) on a property wins over it")
    void seedFromSystemProperty() {
        System.setProperty("watchfloor.seed", " 42 ");

        List<Object> fromSystemProperty = valuesOfARun(null);

        assertEquals(valuesOfARun(42L), fromSystemProperty);
        assertEquals(7L, Property.forAll(VALUES).seed(7L).tries(1).check(value -> { }).seed());
    }

    @Test
    @DisplayName("a failing run replays with its seed: same try, same original and minimal counterexample")
    void failureReplays() {
        System.setProperty("watchfloor.seed", "");
        PropertyFailure first = assertThrows(PropertyFailure.class, () -> Property.forAll(VALUES)
                .checkThat(values -> values.first() < 900_000));

        PropertyFailure again = assertThrows(PropertyFailure.class, () -> Property.forAll(VALUES)
                .seed(first.seed())
                .checkThat(values -> values.first() < 900_000));

        assertEquals(first.tryNumber(), again.tryNumber());
        assertEquals(first.originalExample(), again.originalExample());
        assertEquals(first.minimalExample(), again.minimalExample());
        assertEquals("(900000, [], 2020-01-01T00:00:00Z, 0.0)", again.minimalExample());
    }

    @Test
    @DisplayName("tries come from .tries(n), else -Dwatchfloor.tries, else 100; blank counts as unset")
    void tries() {
        System.setProperty("watchfloor.tries", "");
        assertEquals(100, countTries(Property.forAll(Gens.booleans())));

        System.setProperty("watchfloor.tries", "   ");
        assertEquals(100, countTries(Property.forAll(Gens.booleans())));

        System.clearProperty("watchfloor.tries");
        assertEquals(100, countTries(Property.forAll(Gens.booleans())));

        System.setProperty("watchfloor.tries", "7");
        assertEquals(7, countTries(Property.forAll(Gens.booleans())));
        assertEquals(3, countTries(Property.forAll(Gens.booleans()).tries(3)));
    }

    @Test
    @DisplayName("a malformed -Dwatchfloor.tries is refused with a message that names it")
    void malformedTries() {
        System.setProperty("watchfloor.tries", "many");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Property.forAll(Gens.booleans()).check(b -> { }));

        assertTrue(refused.getMessage().contains("-Dwatchfloor.tries=many"), refused.getMessage());
    }

    @Test
    @DisplayName("the size grows over a run from 1 to 100")
    void sizeGrows() {
        List<Integer> sizes = new ArrayList<>();
        Gen<Integer> size = Gens.sized(Gens::constant);

        Property.forAll(size).tries(100).check(sizes::add);

        assertEquals(1, sizes.get(0));
        assertEquals(100, sizes.get(99));
        for (int i = 1; i < sizes.size(); i++) {
            assertTrue(sizes.get(i - 1) <= sizes.get(i), "sizes never shrink: " + sizes);
        }
    }

    /** The values of a run with the given seed, or with the seed the system property gives when null. */
    private static List<Object> valuesOfARun(Long seed) {
        List<Object> values = new ArrayList<>();
        Property.ForAll2<Tuple4<Integer, List<String>, Instant, Double>, Duration> property = Property
                .forAll(VALUES, Gens.durations(Duration.ZERO, Duration.ofDays(3)))
                .tries(50);
        if (seed != null) {
            property.seed(seed);
        }
        PropertyReport report = property.check((tuple, duration) -> {
            values.add(tuple);
            values.add(duration);
        });
        assertEquals(100, values.size());
        if (seed == null) {
            assertEquals(42L, report.seed());
        }
        return values;
    }

    private static int countTries(Property.ForAll1<Boolean> property) {
        int[] count = {0};
        int reported = property.check(b -> count[0]++).tries();
        assertEquals(count[0], reported);
        return count[0];
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
