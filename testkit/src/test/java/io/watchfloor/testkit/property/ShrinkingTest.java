package io.watchfloor.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@DisplayName("Known-false properties shrink to their known minimal counterexamples")
class ShrinkingTest {

    record Box(int width, int height) {
    }

    sealed interface Tree permits Leaf, Node {
    }

    record Leaf(int value) implements Tree {
    }

    record Node(List<Tree> children) implements Tree {
    }

    @Test
    @DisplayName("a list of integers whose sum must stay at most 100 shrinks to [101]")
    void sumOfList() {
        PropertyFailure failure = fails(() -> Property.forAll(Gens.lists(Gens.integers(0, 1000)))
                .checkThat(list -> list.stream().mapToInt(Integer::intValue).sum() <= 100));

        assertEquals(List.of(List.of(101)), failure.minimalValues());
    }

    @Test
    @DisplayName("a check that claims every list is sorted shrinks to [1, 0]")
    void everyListIsSorted() {
        PropertyFailure failure = fails(() -> Property.forAll(Gens.lists(Gens.integers(0, 1000)))
                .checkThat(ShrinkingTest::sorted));

        assertEquals(List.of(List.of(1, 0)), failure.minimalValues());
    }

    @Test
    @DisplayName("with negative numbers allowed, the same check shrinks to [0, -1]: -1 is as simple as 1")
    void everyListIsSortedWithNegatives() {
        PropertyFailure failure = fails(() -> Property.forAll(Gens.lists(Gens.integers(-1000, 1000)))
                .checkThat(ShrinkingTest::sorted));

        assertEquals(List.of(List.of(0, -1)), failure.minimalValues());
    }

    @Test
    @DisplayName("an integer that must stay at most 1000 shrinks to exactly 1001")
    void integerAboveAThousand() {
        PropertyFailure failure = fails(() -> Property.forAll(Gens.integers(-1_000_000, 1_000_000))
                .checkThat(x -> x <= 1000));

        assertEquals(List.of(1001), failure.minimalValues());
    }

    @Test
    @DisplayName("a negative counterexample shrinks toward 0 from below: x >= -500 gives -501")
    void negativeCounterexample() {
        PropertyFailure failure = fails(() -> Property.forAll(Gens.longs(-1_000_000L, 1_000_000L))
                .checkThat(x -> x >= -500));

        assertEquals(List.of(-501L), failure.minimalValues());
    }

    @Test
    @DisplayName("when 0 is out of range, integers shrink toward the bound nearest 0")
    void boundNearestZero() {
        PropertyFailure above = fails(() -> Property.forAll(Gens.integers(50, 1000)).checkThat(x -> x > 1000));
        PropertyFailure below = fails(() -> Property.forAll(Gens.integers(-1000, -50)).checkThat(x -> x < -1000));

        assertEquals(List.of(50), above.minimalValues());
        assertEquals(List.of(-50), below.minimalValues());
    }

    @Test
    @DisplayName("doubles shrink toward whole numbers: x < 10.5 gives 11.0")
    void doubleBelowTenAndAHalf() {
        PropertyFailure failure = fails(() -> Property.forAll(Gens.doubles(-1000.0, 1000.0))
                .checkThat(x -> x < 10.5));

        assertEquals(List.of(11.0), failure.minimalValues());
    }

    @Test
    @DisplayName("doubles shrink to an exact fraction when no whole number fails: x < 0.25 over [0, 0.9] gives 0.25")
    void doubleBelowAQuarter() {
        PropertyFailure failure = fails(() -> Property.forAll(Gens.doubles(0.0, 0.9)).checkThat(x -> x < 0.25));

        assertEquals(List.of(0.25), failure.minimalValues());
    }

    @Test
    @DisplayName("a record built through flatMap and map shrinks both of its parts: Box(0, 500)")
    void recordThroughFlatMap() {
        Gen<Box> boxes = Gens.integers(0, 1000)
                .flatMap(width -> Gens.integers(width, 2000).map(height -> new Box(width, height)));

        PropertyFailure failure = fails(() -> Property.forAll(boxes).checkThat(box -> box.height() < 500));

        assertEquals(List.of(new Box(0, 500)), failure.minimalValues());
    }

    @Test
    @DisplayName("a tuple shrinks each component: a string longer than a number gives (0, \"a\")")
    void tupleOfNumberAndString() {
        Gen<Tuple2<Integer, String>> pairs = Gens.tuples(Gens.integers(0, 20), Gens.strings("abc", 0, 30));

        PropertyFailure failure = fails(() -> Property.forAll(pairs)
                .checkThat(pair -> pair.second().length() <= pair.first()));

        assertEquals(List.of(new Tuple2<>(0, "a")), failure.minimalValues());
    }

    @Test
    @DisplayName("two arguments shrink independently: a + b < 1500 over [0, 1000]² gives (500, 1000)")
    void twoArguments() {
        PropertyFailure failure = fails(() -> Property.forAll(Gens.integers(0, 1000), Gens.integers(0, 1000))
                .tries(1000)
                .checkThat((a, b) -> a + b < 1500));

        assertEquals(List.of(500, 1000), failure.minimalValues());
    }

    @Test
    @DisplayName("a list with an element of 500 or more shrinks to [500]")
    void listWithALargeElement() {
        PropertyFailure failure = fails(() -> Property.forAll(Gens.lists(Gens.integers(0, 1000), 0, 50))
                .check(list -> list.forEach(x -> assertTrue(x < 500))));

        assertEquals(List.of(List.of(500)), failure.minimalValues());
    }

    @Test
    @DisplayName("a set that must have fewer than 3 elements shrinks to {0, 1, 2}")
    void setOfThree() {
        PropertyFailure failure = fails(() -> Property.forAll(Gens.sets(Gens.integers(0, 100)))
                .checkThat(set -> set.size() < 3));

        assertEquals(List.of(Set.of(0, 1, 2)), failure.minimalValues());
    }

    @Test
    @DisplayName("a recursive tree that must be less than 3 deep shrinks to a single path to Leaf(0)")
    void recursiveTree() {
        Gen<Tree> trees = Gens.recursive(Gens.integers(0, 10).map(Leaf::new),
                sub -> Gens.lists(sub, 1, 3).map(Node::new), 6);

        PropertyFailure failure = fails(() -> Property.forAll(trees).checkThat(tree -> depth(tree) < 3));

        Tree path = new Node(List.of(new Node(List.of(new Node(List.of(new Leaf(0)))))));
        assertEquals(List.of(path), failure.minimalValues());
    }

    @Test
    @DisplayName("choices shrink toward the first option")
    void choicesShrinkToFirst() {
        Gen<String> words = Gens.frequency(Gens.weighted(1, Gens.constant("first")),
                Gens.weighted(5, Gens.oneOf("second", "third")));

        PropertyFailure failure = fails(() -> Property.forAll(words, Gens.integers(0, 10))
                .checkThat((word, n) -> n < 5));

        assertEquals(List.of("first", 5), failure.minimalValues());
    }

    @Test
    @DisplayName("a filtered generator shrinks to the simplest value the filter accepts")
    void filteredShrinks() {
        Gen<Integer> odd = Gens.integers(0, 10_000).filter("odd", x -> x % 2 == 1);

        PropertyFailure failure = fails(() -> Property.forAll(odd).checkThat(x -> x < 100));

        assertEquals(List.of(101), failure.minimalValues());
    }

    @Test
    @DisplayName("an exception other than an assertion is a failure too, and shrinks")
    void exceptionsFail() {
        PropertyFailure failure = fails(() -> Property.forAll(Gens.integers(0, 100))
                .check(x -> {
                    if (x >= 7) {
                        throw new IllegalStateException("too big: " + x);
                    }
                }));

        assertEquals(List.of(7), failure.minimalValues());
        assertEquals(IllegalStateException.class, failure.getCause().getClass());
        assertEquals("too big: 7", failure.getCause().getMessage());
    }

    static PropertyFailure fails(Executable property) {
        return assertThrows(PropertyFailure.class, property);
    }

    private static boolean sorted(List<Integer> list) {
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i - 1) > list.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static int depth(Tree tree) {
        if (tree instanceof Node) {
            return 1 + ((Node) tree).children().stream().mapToInt(ShrinkingTest::depth).max().orElse(0);
        }
        return 0;
    }
}
