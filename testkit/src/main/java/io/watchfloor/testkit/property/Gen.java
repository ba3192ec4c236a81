package io.watchfloor.testkit.property;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of values of type {@code T}: a function of a {@link Source} of choices.
 *
 * <p>Because a value is a function of its choices, every generator built from others (with
 * {@link #map}, {@link #flatMap}, {@link #filter}, the collections and tuples of {@link Gens}, or a
 * lambda drawing from a source) shrinks for free: the engine simplifies the choices and generates
 * again. Write your own as a lambda:
 * <pre>{@code
 * Gen<Shift> shifts = source -> new Shift(source.draw(starts), source.draw(lengths));
 * }</pre>
 * A generator must be deterministic in its choices: no clock, no {@code Math.random()}, no state
 * kept between calls.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Gen<T> {

    /** How often {@link #filter} tries before it gives up on one value. */
    int FILTER_ATTEMPTS = 1000;

    /**
     * Generates one value from the source's choices.
     *
     * @param source the choices to draw from
     * @return the value
     */
    T generate(Source source);

    /**
     * A generator of {@code f} applied to this generator's values.
     *
     * @param f the function, which must be deterministic
     * @param <R> the type of the new values
     * @return the mapped generator
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        Gen<T> self = this;
        return Gens.named(() -> self + ".map(...)", source -> f.apply(source.draw(self)));
    }

    /**
     * A generator that draws a value from this generator, then from the generator that {@code f}
     * gives for it. Both draws shrink.
     *
     * @param f the function from a value to the next generator
     * @param <R> the type of the new values
     * @return the composed generator
     */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
        Objects.requireNonNull(f, "f");
        Gen<T> self = this;
        return Gens.named(() -> self + ".flatMap(...)", source -> {
            T first = source.draw(self);
            Gen<? extends R> next = f.apply(first);
            return source.draw(next);
        });
    }

    /**
     * A generator of this generator's values that satisfy {@code predicate}. It draws again when a
     * value is rejected, and fails the property with a clear message after
     * {@value #FILTER_ATTEMPTS} rejections in a row: build values valid by construction when a filter
     * would reject most of them.
     *
     * @param predicate the condition values must meet
     * @return the filtered generator
     */
    default Gen<T> filter(Predicate<? super T> predicate) {
        return Gens.filtered(this, null, predicate);
    }

    /**
     * Like {@link #filter(Predicate)}, naming the condition for the failure message.
     *
     * @param description what the predicate accepts, e.g. {@code "even"}
     * @param predicate the condition values must meet
     * @return the filtered generator
     */
    default Gen<T> filter(String description, Predicate<? super T> predicate) {
        Objects.requireNonNull(description, "description");
        return Gens.filtered(this, description, predicate);
    }
}
