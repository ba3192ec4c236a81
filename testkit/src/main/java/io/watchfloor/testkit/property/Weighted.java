package io.watchfloor.testkit.property;

import java.util.Objects;

/**
 * A generator with a relative weight, an option of {@link Gens#frequency}.
 *
 * @param weight how often this option is chosen relative to the others, at least 1
 * @param gen the generator
 * @param <T> the type of the values
 */
public record Weighted<T>(int weight, Gen<? extends T> gen) {

    /**
     * Checks the weight and the generator.
     *
     * @param weight how often, relative to the others
     * @param gen the generator
     */
    public Weighted {
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1, was " + weight);
        }
        Objects.requireNonNull(gen, "gen");
    }

    @Override
    public String toString() {
        return weight + ": " + gen;
    }
}
