package io.watchfloor.testkit.property;

/**
 * Three values drawn together, from {@link Gens#tuples(Gen, Gen, Gen)}.
 *
 * @param first the first value
 * @param second the second value
 * @param third the third value
 * @param <A> the type of the first value
 * @param <B> the type of the second value
 * @param <C> the type of the third value
 */
public record Tuple3<A, B, C>(A first, B second, C third) {

    @Override
    public String toString() {
        return "(" + first + ", " + second + ", " + third + ")";
    }
}
