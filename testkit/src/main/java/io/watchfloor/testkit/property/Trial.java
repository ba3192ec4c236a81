package io.watchfloor.testkit.property;

import java.util.List;

/** One kind of test case the engine runs, shrinks and describes: a forAll body or a command sequence. */
interface Trial {

    /**
     * Runs one test case from the source's choices; returns if it passes, throws if it fails.
     *
     * @param source the choices
     * @throws Throwable the failure
     */
    void run(Source source) throws Throwable;

    /**
     * Describes the example that the given choices generate, without judging it.
     *
     * @param choices the recorded choices
     * @param size the size they were generated at
     * @return the example
     */
    Example describe(long[] choices, int size);

    /** A counterexample as text and as the values themselves. */
    record Example(String text, List<Object> values) {
    }
}
