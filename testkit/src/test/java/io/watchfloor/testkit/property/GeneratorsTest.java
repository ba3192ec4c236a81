package io.watchfloor.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Generators stay in their ranges and reach their boundaries")
class GeneratorsTest {

    private static final Instant FROM = Instant.parse("2024-03-30T22:15:00.5Z");
    private static final Instant TO = Instant.parse("2024-11-03T07:00:00Z");

    @Test
    @DisplayName("integers, longs and doubles stay within their bounds, including extreme ones")
    void numbersInRange() {
        Property.forAll(Gens.integers(-7, 13)).tries(300).checkThat(x -> x >= -7 && x <= 13);
        Property.forAll(Gens.integers(Integer.MIN_VALUE, Integer.MAX_VALUE)).tries(300).checkThat(x -> true);
        Property.forAll(Gens.integers(5, 5)).tries(20).checkThat(x -> x == 5);
        Property.forAll(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE)).tries(300).checkThat(x -> true);
        Property.forAll(Gens.longs(Long.MIN_VALUE, -3)).tries(300).checkThat(x -> x <= -3);
        Property.forAll(Gens.longs(3, Long.MAX_VALUE)).tries(300).checkThat(x -> x >= 3);
        Property.forAll(Gens.doubles(-2.5, 7.25)).tries(300).checkThat(x -> x >= -2.5 && x <= 7.25);
        Property.forAll(Gens.doubles(0.125, 0.5)).tries(300).checkThat(x -> x >= 0.125 && x <= 0.5);
        Property.forAll(Gens.doubles(-Double.MAX_VALUE, Double.MAX_VALUE)).tries(300).checkThat(Double::isFinite);
    }

    @Test
    @DisplayName("in 100 draws over a wide range, min and max both come up")
    void boundaryBias() {
        assertAllSeen(Gens.integers(-1_000_000, 1_000_000), Set.of(-1_000_000, 1_000_000), 100);
        assertAllSeen(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE), Set.of(Long.MIN_VALUE, Long.MAX_VALUE), 100);
        assertAllSeen(Gens.integers(10, 1_000_000), Set.of(10, 1_000_000), 100);
        assertAllSeen(Gens.doubles(-1e9, 1e9), Set.of(-1e9, 1e9), 100);
        assertAllSeen(Gens.instants(FROM, TO), Set.of(FROM, TO), 100);
        assertAllSeen(Gens.durations(Duration.ofHours(-2), Duration.ofDays(400)),
                Set.of(Duration.ofHours(-2), Duration.ofDays(400), Duration.ZERO), 100);
    }

    @Test
    @DisplayName("in 1000 draws over a wide range, 0, 1 and -1 come up too")
    void smallValuesBias() {
        assertAllSeen(Gens.integers(-1_000_000, 1_000_000), Set.of(0, 1, -1), 1000);
        assertAllSeen(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE), Set.of(0L, 1L, -1L), 1000);
        assertAllSeen(Gens.doubles(-1e9, 1e9), Set.of(0.0, 1.0, -1.0), 1000);
    }

    @Test
    @DisplayName("booleans, enums, oneOf and zones give every option")
    void everyOption() {
        assertAllSeen(Gens.booleans(), Set.of(true, false), 100);
        assertAllSeen(Gens.enums(DayOfWeek.class), EnumSet.allOf(DayOfWeek.class), 200);
        assertAllSeen(Gens.oneOf("a", "b", "c"), Set.of("a", "b", "c"), 100);
        assertAllSeen(Gens.constant("only"), Set.of("only"), 10);
        assertAllSeen(Gens.choice(Gens.constant(1), Gens.integers(2, 3)), Set.of(1, 2, 3), 100);
        assertAllSeen(Gens.zones(), Set.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Shanghai"),
                ZoneId.of("America/New_York")), 500);
    }

    @Test
    @DisplayName("frequency follows its weights")
    void frequencyFollowsWeights() {
        PropertyReport report = Property
                .forAll(Gens.frequency(Gens.weighted(9, Gens.constant("common")), Gens.weighted(1, Gens.constant("rare"))))
                .tries(2000)
                .check(Property::collect);

        int rare = report.collected().getOrDefault("rare", 0);
        assertTrue(rare > 100 && rare < 300, "about 200 of 2000 expected, got " + rare);
    }

    @Test
    @DisplayName("instants and durations stay within their bounds")
    void timeInRange() {
        Property.forAll(Gens.instants(FROM, TO)).tries(500).checkThat(t -> !t.isBefore(FROM) && !t.isAfter(TO));
        Duration min = Duration.ofMillis(-1500);
        Duration max = Duration.ofSeconds(90, 250);
        Property.forAll(Gens.durations(min, max)).tries(500)
                .checkThat(d -> d.compareTo(min) >= 0 && d.compareTo(max) <= 0);
    }

    @Test
    @DisplayName("strings use only their alphabet and keep their length bounds")
    void stringsInRange() {
        Property.forAll(Gens.strings("xyz€", 2, 6)).tries(500).check(s -> {
            int length = s.codePointCount(0, s.length());
            assertTrue(length >= 2 && length <= 6, s);
            assertTrue(s.codePoints().allMatch(c -> "xyz€".indexOf(c) >= 0), s);
        });
    }

    @Test
    @DisplayName("lists, sets and maps keep their size bounds; unbounded ones stay within the size")
    void collectionsInRange() {
        Property.forAll(Gens.lists(Gens.integers(0, 5), 2, 4)).tries(500).checkThat(l -> l.size() >= 2 && l.size() <= 4);
        Property.forAll(Gens.sets(Gens.integers(0, 1000), 1, 6)).tries(500)
                .checkThat(s -> s.size() >= 1 && s.size() <= 6);
        Property.forAll(Gens.maps(Gens.integers(0, 1000), Gens.booleans(), 3, 5)).tries(500)
                .checkThat(m -> m.size() >= 3 && m.size() <= 5);
        List<Integer> sizes = new ArrayList<>();
        Property.forAll(Gens.sized(Gens::constant), Gens.lists(Gens.booleans())).tries(300)
                .check((size, list) -> {
                    assertTrue(list.size() <= size, list.size() + " > " + size);
                    sizes.add(list.size());
                });
        assertTrue(sizes.stream().anyMatch(s -> s >= 20), "lists get long at large sizes: " + sizes);
        assertTrue(sizes.stream().anyMatch(s -> s == 0), "and are sometimes empty");
    }

    @Test
    @DisplayName("lists reach their bounds: empty and full both come up")
    void listBounds() {
        Set<Integer> seen = new HashSet<>();
        Property.forAll(Gens.lists(Gens.booleans(), 0, 3)).tries(300).check(list -> seen.add(list.size()));
        assertEquals(Set.of(0, 1, 2, 3), seen);
    }

    @Test
    @DisplayName("recursive generators respect their depth limit")
    void recursionDepth() {
        Gen<List<Object>> trees = Gens.recursive(Gens.constant(List.of()),
                sub -> Gens.lists(sub, 1, 2).map(children -> new ArrayList<Object>(children)), 3);
        Set<Integer> depths = new HashSet<>();
        Property.forAll(trees).tries(500).check(tree -> {
            int depth = depth(tree);
            assertTrue(depth <= 3, "depth " + depth);
            depths.add(depth);
        });
        assertEquals(Set.of(0, 1, 2, 3), depths);
    }

    @Test
    @DisplayName("tuples, map and flatMap keep the relations they build")
    void composition() {
        Property.forAll(Gens.integers(0, 100).flatMap(low -> Gens.tuples(Gens.constant(low), Gens.integers(low, 200))))
                .tries(500)
                .checkThat(pair -> pair.first() <= pair.second());
        Property.forAll(Gens.tuples(Gens.booleans(), Gens.booleans(), Gens.booleans()).map(t -> List.of(t.first(),
                t.second(), t.third()))).tries(50).checkThat(list -> list.size() == 3);
    }

    private static <T> void assertAllSeen(Gen<T> gen, Set<T> expected, int tries) {
        Set<T> seen = new HashSet<>();
        PropertyReport report = Property.forAll(gen).tries(tries).check(seen::add);
        for (T value : expected) {
            assertTrue(seen.contains(value), "expected " + value + " in " + tries + " draws of " + gen
                    + " (seed " + report.seed() + "), saw " + seen.size() + " distinct values");
        }
    }

    @SuppressWarnings("unchecked")
    private static int depth(Object tree) {
        List<Object> children = (List<Object>) tree;
        return children.isEmpty() ? 0 : 1 + children.stream().mapToInt(GeneratorsTest::depth).max().orElse(0);
    }
}
