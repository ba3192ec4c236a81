package io.watchfloor.testkit.property;

import java.util.List;

/**
 * A property found a counterexample. The message names the property, the seed and how to replay
 * it, the try, the original and the minimal (shrunk) counterexample, the number of shrink steps
 * and the failure; the {@linkplain #getCause() cause} is the failure the minimal counterexample
 * gave.
 */
public final class PropertyFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** The failing property's name. */
    private final String propertyName;
    /** The seed that replays it. */
    private final long seed;
    /** The try that failed, from 1. */
    private final int tryNumber;
    /** The first failing example. */
    private final String originalExample;
    /** The shrunk, minimal example. */
    private final String minimalExample;
    private final transient List<Object> minimalValues;
    /** How many shrinking steps it took. */
    private final int shrinkSteps;

    PropertyFailure(String message, Throwable cause, String propertyName, long seed, int tryNumber,
            String originalExample, String minimalExample, List<Object> minimalValues, int shrinkSteps) {
        super(message, cause);
        this.propertyName = propertyName;
        this.seed = seed;
        this.tryNumber = tryNumber;
        this.originalExample = originalExample;
        this.minimalExample = minimalExample;
        this.minimalValues = minimalValues;
        this.shrinkSteps = shrinkSteps;
    }

    /** @return the name of the property that failed */
    public String propertyName() {
        return propertyName;
    }

    /** @return the seed of the run; {@code -Dwatchfloor.seed=} with it replays the run */
    public long seed() {
        return seed;
    }

    /** @return the try (from 1) that found the counterexample */
    public int tryNumber() {
        return tryNumber;
    }

    /** @return the counterexample as first found, as text */
    public String originalExample() {
        return originalExample;
    }

    /** @return the shrunk counterexample, as text */
    public String minimalExample() {
        return minimalExample;
    }

    /**
     * The shrunk counterexample's values, generated again from its choices: the arguments of a
     * {@code forAll}, or the commands of a stateful run.
     *
     * @return the values, in order
     */
    public List<Object> minimalValues() {
        return minimalValues;
    }

    /** @return how many times the shrinker found a simpler counterexample */
    public int shrinkSteps() {
        return shrinkSteps;
    }
}
