package io.watchfloor.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Filters keep the values they accept and fail clearly when they accept nothing")
class FilterTest {

    @Test
    @DisplayName("a filter that rejects everything fails the property with the counts and the generator")
    void rejectsEverything() {
        AssertionError failure = assertThrows(AssertionError.class, () -> Property
                .forAll(Gens.integers(0, 10).filter(x -> x > 10))
                .named("impossible")
                .seed(5L)
                .check(x -> { }));

        assertFalse(failure instanceof PropertyFailure, "no counterexample was found");
        assertEquals("Property 'impossible' could not generate try 1: filter rejected 1000 of 1000 values in a row "
                + "from integers(0, 10); generate valid values by construction (map, flatMap, narrower ranges) "
                + "instead (the property sets .seed(5L))", failure.getMessage());
    }

    @Test
    @DisplayName("a named filter is named in the message")
    void namedFilter() {
        AssertionError failure = assertThrows(AssertionError.class, () -> Property
                .forAll(Gens.lists(Gens.integers(0, 5).filter("above five", x -> x > 5), 1, 3))
                .check(list -> { }));

        assertTrue(failure.getMessage().contains(
                "filter 'above five' rejected 1000 of 1000 values in a row from integers(0, 5)"), failure.getMessage());
    }

    @Test
    @DisplayName("a filter that accepts some values yields only those")
    void keepsAcceptedValues() {
        Property.forAll(Gens.integers(-1000, 1000).filter("even", x -> x % 2 == 0))
                .tries(500)
                .checkThat(x -> x % 2 == 0);
    }

    @Test
    @DisplayName("sets that need more distinct values than the elements offer fail clearly")
    void impossibleSet() {
        AssertionError failure = assertThrows(AssertionError.class, () -> Property
                .forAll(Gens.sets(Gens.integers(0, 2), 4, 5))
                .check(set -> { }));

        assertTrue(failure.getMessage().contains("could not draw 4 distinct values from integers(0, 2)"),
                failure.getMessage());
    }
}
