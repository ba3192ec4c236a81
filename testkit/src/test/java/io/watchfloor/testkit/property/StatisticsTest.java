package io.watchfloor.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Statistics count labels and values, and required shares fail a property that misses them")
class StatisticsTest {

    @Test
    @DisplayName("classify counts each label once per try, and the report gives counts and shares")
    void classifyCounts() {
        PropertyReport report = Property.forAll(Gens.integers(0, 9))
                .tries(200)
                .seed(99L)
                .check(x -> {
                    Property.classify(x % 2 == 0, "even");
                    Property.classify(x % 2 == 0, "even"); // counts once
                    Property.classify(x % 2 == 1, "odd");
                    Property.classify(x > 100, "impossible");
                });

        int even = report.labels().get("even");
        int odd = report.labels().get("odd");
        assertEquals(200, even + odd);
        assertFalse(report.labels().containsKey("impossible"));
        assertEquals(even / 200.0, report.share("even"));
        assertEquals(0.0, report.share("impossible"));
        assertTrue(report.toString().contains("labels:"), report.toString());
    }

    @Test
    @DisplayName("collect counts how often each value came up")
    void collectCounts() {
        PropertyReport report = Property.forAll(Gens.booleans()).tries(300).check(Property::collect);

        Map<Object, Integer> collected = report.collected();
        assertEquals(300, collected.getOrDefault(true, 0) + collected.getOrDefault(false, 0));
        assertTrue(collected.get(true) > 50 && collected.get(false) > 50, collected.toString());
    }

    @Test
    @DisplayName("a required share that is met lets the property pass")
    void requiredShareMet() {
        PropertyReport report = Property.forAll(Gens.integers(0, 99))
                .tries(300)
                .requireShare("held", 0.05)
                .check(x -> Property.classify(x < 50, "held"));

        assertTrue(report.share("held") >= 0.05);
    }

    @Test
    @DisplayName("a required share that is missed fails the property with the label, the counts and the share")
    void requiredShareMissed() {
        AssertionError failure = assertThrows(AssertionError.class, () -> Property.forAll(Gens.integers(0, 99))
                .named("rarely held")
                .tries(100)
                .seed(3L)
                .requireShare("held", 0.5)
                .check(x -> Property.classify(false, "held")));

        assertTrue(failure.getMessage().startsWith("Property 'rarely held': label 'held' was seen in 0 of 100 tries "
                + "(0.0%), less than the required 50.0%"), failure.getMessage());
    }

    @Test
    @DisplayName("classify and collect outside a property body are refused")
    void outsideABody() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Property.classify(true, "held"));
        assertEquals("Property.classify can only be called inside a property body while it runs", refused.getMessage());
        assertThrows(IllegalStateException.class, () -> Property.collect(1));
    }

    @Test
    @DisplayName("a body that classifies still shrinks: classify works while shrinking too")
    void classifyWhileShrinking() {
        PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Property.forAll(Gens.integers(0, 1000))
                .check(x -> {
                    Property.classify(x > 10, "large");
                    Property.collect(x);
                    assertTrue(x < 500);
                }));

        assertEquals("500", failure.minimalExample());
    }
}
