package io.watchfloor.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A failure says what failed, how to replay it, and what the counterexamples were")
class FailureReportTest {

    @Test
    @DisplayName("the message gives the name, seed, replay flag, try, both counterexamples, shrink steps and cause")
    void messageContents() {
        PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Property
                .forAll(Gens.lists(Gens.integers(0, 1000), 5, 20))
                .named("the sum stays small")
                .seed(1234L)
                .tries(100)
                .check(list -> assertTrue(list.stream().mapToInt(Integer::intValue).sum() <= 100, "sum was too big")));

        String message = failure.getMessage();
        assertEquals("the sum stays small", failure.propertyName());
        assertEquals(1234L, failure.seed());
        assertTrue(failure.tryNumber() >= 1);
        assertEquals("[0, 0, 0, 0, 101]", failure.minimalExample());
        assertTrue(failure.shrinkSteps() > 0);
        assertTrue(message.startsWith("Property 'the sum stays small' failed on try " + failure.tryNumber()
                + " of 100 with seed 1234"), message);
        assertTrue(message.contains(".seed(1234L)"), message);
        assertTrue(message.contains("original counterexample: " + failure.originalExample()), message);
        assertTrue(message.contains("minimal counterexample:  [0, 0, 0, 0, 101]"), message);
        assertTrue(message.contains("shrink steps: " + failure.shrinkSteps() + " ("), message);
        assertTrue(message.contains("cause: org.opentest4j.AssertionFailedError: sum was too big"), message);
        assertTrue(failure.originalExample().startsWith("["), failure.originalExample());
    }

    @Test
    @DisplayName("without a fixed seed, the message shows the -Dwatchfloor.seed flag that replays it")
    void replayFlag() {
        String saved = System.getProperty("watchfloor.seed");
        System.clearProperty("watchfloor.seed");
        try {
            PropertyFailure failure = assertThrows(PropertyFailure.class,
                    () -> Property.forAll(Gens.integers(0, 100)).checkThat(x -> x < 50));

            assertTrue(failure.getMessage().contains("-Dwatchfloor.seed=" + failure.seed()), failure.getMessage());
            assertEquals("FailureReportTest.replayFlag", failure.propertyName());
            assertEquals("50", failure.minimalExample());
        } finally {
            if (saved != null) {
                System.setProperty("watchfloor.seed", saved);
            }
        }
    }

    @Test
    @DisplayName("the cause is the failure of the minimal counterexample, not of the original")
    void causeIsFromTheMinimalExample() {
        PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Property
                .forAll(Gens.integers(0, 1_000_000))
                .check(x -> {
                    if (x > 1000) {
                        throw new IllegalArgumentException("rejected " + x);
                    }
                }));

        assertInstanceOf(IllegalArgumentException.class, failure.getCause());
        assertEquals("rejected 1001", failure.getCause().getMessage());
        assertTrue(failure.getMessage().contains("cause: java.lang.IllegalArgumentException: rejected 1001"));
        assertEquals(List.of(1001), failure.minimalValues());
    }

    @Test
    @DisplayName("several arguments print as a tuple")
    void severalArguments() {
        PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Property
                .forAll(Gens.integers(0, 10), Gens.strings("ab", 0, 5), Gens.booleans())
                .checkThat((n, s, b) -> !b));

        assertEquals("(0, , true)", failure.minimalExample());
    }

    @Test
    @DisplayName("a property that fails only now and then says that it could not be shrunk")
    void nonDeterministicProperty() {
        int[] calls = {0};
        PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Property
                .forAll(Gens.integers(0, 10))
                .checkThat(x -> ++calls[0] != 5));

        assertEquals(5, failure.tryNumber());
        assertEquals(0, failure.shrinkSteps());
        assertTrue(failure.getMessage().contains("NOT SHRUNK"), failure.getMessage());
    }
}
