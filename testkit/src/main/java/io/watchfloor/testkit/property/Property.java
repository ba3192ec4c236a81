package io.watchfloor.testkit.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Properties: statements that must hold for every generated value, checked from an ordinary JUnit
 * test.
 * <pre>{@code
 * Property.forAll(Gens.integers(0, 1000), Gens.integers(0, 1000))
 *         .tries(1000)
 *         .check((a, b) -> assertEquals(a + b, b + a));
 * }</pre>
 * A run draws values for the configured number of tries: {@link Config#tries(int)}, else the
 * system property {@code watchfloor.tries}, else 100. The seed is random for each run unless
 * {@link Config#seed(long)} or the system property {@code watchfloor.seed} sets it; the same seed
 * gives the same values in the same order. Blank system properties count as unset.
 *
 * <p>A body fails by throwing (an {@link AssertionError} or any other exception) or, with
 * {@code checkThat}, by returning {@code false}. The engine then shrinks the counterexample and
 * throws a {@link PropertyFailure} with the seed, the original and the minimal counterexample.
 *
 * <p>Inside a body, {@link #classify} and {@link #collect} gather statistics; a run prints them
 * and returns them in its {@link PropertyReport}, and {@link Config#requireShare} turns a share
 * into a requirement.
 */
public final class Property {

    private Property() {
    }

    /**
     * A property of one generated value.
     *
     * @param a the generator
     * @param <A> the type of the value
     * @return the property, to configure and check
     */
    public static <A> ForAll1<A> forAll(Gen<A> a) {
        return new ForAll1<>(List.of(a));
    }

    /**
     * A property of two generated values.
     *
     * @param a the first generator
     * @param b the second generator
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @return the property, to configure and check
     */
    public static <A, B> ForAll2<A, B> forAll(Gen<A> a, Gen<B> b) {
        return new ForAll2<>(List.of(a, b));
    }

    /**
     * A property of three generated values.
     *
     * @param a the first generator
     * @param b the second generator
     * @param c the third generator
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @return the property, to configure and check
     */
    public static <A, B, C> ForAll3<A, B, C> forAll(Gen<A> a, Gen<B> b, Gen<C> c) {
        return new ForAll3<>(List.of(a, b, c));
    }

    /**
     * A property of four generated values.
     *
     * @param a the first generator
     * @param b the second generator
     * @param c the third generator
     * @param d the fourth generator
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @param <D> the type of the fourth value
     * @return the property, to configure and check
     */
    public static <A, B, C, D> ForAll4<A, B, C, D> forAll(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d) {
        return new ForAll4<>(List.of(a, b, c, d));
    }

    /**
     * Counts the current try under {@code label} when {@code condition} holds. A label counts at
     * most once per try. Call it inside a property body.
     *
     * @param condition whether the try belongs under the label
     * @param label the label
     * @throws IllegalStateException outside a property body
     */
    public static void classify(boolean condition, String label) {
        Objects.requireNonNull(label, "label");
        RunContext context = RunContext.current("Property.classify");
        if (condition && context.recording) {
            context.labels.add(label);
        }
    }

    /**
     * Counts a value, to see how often each value comes up over a run. Call it inside a property
     * body.
     *
     * @param value the value, compared with {@code equals}
     * @throws IllegalStateException outside a property body
     */
    public static void collect(Object value) {
        RunContext context = RunContext.current("Property.collect");
        if (context.recording) {
            context.collected.add(value);
        }
    }

    /**
     * The settings every property shares.
     *
     * @param <S> the concrete property type, returned by each setter
     */
    public abstract static class Config<S extends Config<S>> {

        final Settings settings = new Settings(callerName());

        Config() {
        }

        abstract S self();

        /**
         * Sets the number of tries of this property, over {@code -Dwatchfloor.tries}.
         *
         * @param tries at least 1
         * @return this property
         */
        public S tries(int tries) {
            if (tries < 1) {
                throw new IllegalArgumentException("tries must be at least 1, was " + tries);
            }
            settings.tries = tries;
            return self();
        }

        /**
         * Fixes the seed of this property, over {@code -Dwatchfloor.seed}.
         *
         * @param seed the seed
         * @return this property
         */
        public S seed(long seed) {
            settings.seed = seed;
            return self();
        }

        /**
         * Names the property in reports and failures; by default it is the calling test's class
         * and method.
         *
         * @param name the name
         * @return this property
         */
        public S named(String name) {
            settings.name = Objects.requireNonNull(name, "name");
            return self();
        }

        /**
         * Requires that at least {@code share} of the tries be {@linkplain Property#classify
         * classified} under {@code label}; otherwise the property fails after its tries, even if
         * every try held.
         *
         * @param label the label
         * @param share the least share, in {@code (0, 1]}
         * @return this property
         */
        public S requireShare(String label, double share) {
            Objects.requireNonNull(label, "label");
            if (!(share > 0.0 && share <= 1.0)) {
                throw new IllegalArgumentException("share must be in (0, 1], was " + share);
            }
            settings.requiredShares.put(label, share);
            return self();
        }

        /**
         * Bounds the work of shrinking a counterexample, in replays of the test case (default
         * 20,000). The failure message says when shrinking stopped at the bound.
         *
         * @param attempts at least 0
         * @return this property
         */
        public S maxShrinkAttempts(int attempts) {
            if (attempts < 0) {
                throw new IllegalArgumentException("attempts must be at least 0, was " + attempts);
            }
            settings.maxShrinkAttempts = attempts;
            return self();
        }

        private static String callerName() {
            return StackWalker.getInstance().walk(frames -> frames
                    .filter(frame -> !isEngine(frame.getClassName()))
                    .findFirst()
                    .map(frame -> simpleName(frame.getClassName()) + "." + methodName(frame.getMethodName()))
                    .orElse("property"));
        }

        private static boolean isEngine(String className) {
            String property = Property.class.getName();
            String stateful = Stateful.class.getName();
            return className.equals(property) || className.startsWith(property + "$")
                    || className.equals(stateful) || className.startsWith(stateful + "$");
        }

        /** {@code lambda$replaysTheSeed$3} was written in {@code replaysTheSeed}. */
        private static String methodName(String name) {
            if (name.startsWith("lambda$")) {
                int end = name.indexOf('$', "lambda$".length());
                return end < 0 ? name : name.substring("lambda$".length(), end);
            }
            return name;
        }

        private static String simpleName(String className) {
            return className.substring(className.lastIndexOf('.') + 1);
        }
    }

    /** The runner shared by the forAll arities: draws the arguments, then runs the body. */
    abstract static class ForAll<S extends ForAll<S>> extends Config<S> {

        private final List<Gen<?>> gens;

        ForAll(List<Gen<?>> gens) {
            this.gens = gens;
        }

        PropertyReport run(ArgumentsBody body) {
            return Engine.run(settings, new Trial() {
                @Override
                public void run(Source source) throws Throwable {
                    body.accept(draw(source));
                }

                @Override
                public Example describe(long[] choices, int size) {
                    Object[] values = draw(Source.replaying(choices, size, Engine.GENERATION_BUDGET));
                    String text = values.length == 1 ? format(values[0]) : formatAll(values);
                    return new Example(text, Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values))));
                }
            });
        }

        private Object[] draw(Source source) {
            Object[] values = new Object[gens.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = source.draw(gens.get(i));
            }
            return values;
        }

        private static String formatAll(Object[] values) {
            StringBuilder text = new StringBuilder("(");
            for (int i = 0; i < values.length; i++) {
                text.append(i == 0 ? "" : ", ").append(format(values[i]));
            }
            return text.append(')').toString();
        }

        static String format(Object value) {
            if (value instanceof Object[]) {
                return Arrays.deepToString((Object[]) value);
            }
            if (value != null && value.getClass().isArray()) {
                return Arrays.deepToString(new Object[] {value}).replaceAll("^\\[|\\]$", "");
            }
            return String.valueOf(value);
        }

        static AssertionError falsified() {
            return new AssertionError("the condition returned false");
        }
    }

    /** A body over the drawn arguments. */
    @FunctionalInterface
    interface ArgumentsBody {
        void accept(Object[] arguments) throws Throwable;
    }

    /**
     * A property of one value, to configure and check.
     *
     * @param <A> the type of the value
     */
    public static final class ForAll1<A> extends ForAll<ForAll1<A>> {

        ForAll1(List<Gen<?>> gens) {
            super(gens);
        }

        @Override
        ForAll1<A> self() {
            return this;
        }

        /**
         * Runs the property: the body holds when it returns, fails when it throws.
         *
         * @param body the check
         * @return the report of a run that held
         * @throws PropertyFailure with the shrunk counterexample when the body fails
         */
        @SuppressWarnings("unchecked")
        public PropertyReport check(Body1<? super A> body) {
            return run(values -> body.accept((A) values[0]));
        }

        /**
         * Runs the property: it holds while the condition returns {@code true}.
         *
         * @param condition the condition
         * @return the report of a run that held
         * @throws PropertyFailure with the shrunk counterexample when the condition fails
         */
        @SuppressWarnings("unchecked")
        public PropertyReport checkThat(Condition1<? super A> condition) {
            return run(values -> {
                if (!condition.test((A) values[0])) {
                    throw falsified();
                }
            });
        }
    }

    /**
     * A property of two values, to configure and check.
     *
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     */
    public static final class ForAll2<A, B> extends ForAll<ForAll2<A, B>> {

        ForAll2(List<Gen<?>> gens) {
            super(gens);
        }

        @Override
        ForAll2<A, B> self() {
            return this;
        }

        /**
         * Runs the property: the body holds when it returns, fails when it throws.
         *
         * @param body the check
         * @return the report of a run that held
         * @throws PropertyFailure with the shrunk counterexample when the body fails
         */
        @SuppressWarnings("unchecked")
        public PropertyReport check(Body2<? super A, ? super B> body) {
            return run(values -> body.accept((A) values[0], (B) values[1]));
        }

        /**
         * Runs the property: it holds while the condition returns {@code true}.
         *
         * @param condition the condition
         * @return the report of a run that held
         * @throws PropertyFailure with the shrunk counterexample when the condition fails
         */
        @SuppressWarnings("unchecked")
        public PropertyReport checkThat(Condition2<? super A, ? super B> condition) {
            return run(values -> {
                if (!condition.test((A) values[0], (B) values[1])) {
                    throw falsified();
                }
            });
        }
    }

    /**
     * A property of three values, to configure and check.
     *
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     */
    public static final class ForAll3<A, B, C> extends ForAll<ForAll3<A, B, C>> {

        ForAll3(List<Gen<?>> gens) {
            super(gens);
        }

        @Override
        ForAll3<A, B, C> self() {
            return this;
        }

        /**
         * Runs the property: the body holds when it returns, fails when it throws.
         *
         * @param body the check
         * @return the report of a run that held
         * @throws PropertyFailure with the shrunk counterexample when the body fails
         */
        @SuppressWarnings("unchecked")
        public PropertyReport check(Body3<? super A, ? super B, ? super C> body) {
            return run(values -> body.accept((A) values[0], (B) values[1], (C) values[2]));
        }

        /**
         * Runs the property: it holds while the condition returns {@code true}.
         *
         * @param condition the condition
         * @return the report of a run that held
         * @throws PropertyFailure with the shrunk counterexample when the condition fails
         */
        @SuppressWarnings("unchecked")
        public PropertyReport checkThat(Condition3<? super A, ? super B, ? super C> condition) {
            return run(values -> {
                if (!condition.test((A) values[0], (B) values[1], (C) values[2])) {
                    throw falsified();
                }
            });
        }
    }

    /**
     * A property of four values, to configure and check.
     *
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @param <D> the type of the fourth value
     */
    public static final class ForAll4<A, B, C, D> extends ForAll<ForAll4<A, B, C, D>> {

        ForAll4(List<Gen<?>> gens) {
            super(gens);
        }

        @Override
        ForAll4<A, B, C, D> self() {
            return this;
        }

        /**
         * Runs the property: the body holds when it returns, fails when it throws.
         *
         * @param body the check
         * @return the report of a run that held
         * @throws PropertyFailure with the shrunk counterexample when the body fails
         */
        @SuppressWarnings("unchecked")
        public PropertyReport check(Body4<? super A, ? super B, ? super C, ? super D> body) {
            return run(values -> body.accept((A) values[0], (B) values[1], (C) values[2], (D) values[3]));
        }

        /**
         * Runs the property: it holds while the condition returns {@code true}.
         *
         * @param condition the condition
         * @return the report of a run that held
         * @throws PropertyFailure with the shrunk counterexample when the condition fails
         */
        @SuppressWarnings("unchecked")
        public PropertyReport checkThat(Condition4<? super A, ? super B, ? super C, ? super D> condition) {
            return run(values -> {
                if (!condition.test((A) values[0], (B) values[1], (C) values[2], (D) values[3])) {
                    throw falsified();
                }
            });
        }
    }

    /**
     * A check of one value that fails by throwing.
     *
     * @param <A> the type of the value
     */
    @FunctionalInterface
    public interface Body1<A> {
        /**
         * Checks the value.
         *
         * @param a the value
         * @throws Throwable when the property does not hold
         */
        void accept(A a) throws Throwable;
    }

    /**
     * A check of two values that fails by throwing.
     *
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     */
    @FunctionalInterface
    public interface Body2<A, B> {
        /**
         * Checks the values.
         *
         * @param a the first value
         * @param b the second value
         * @throws Throwable when the property does not hold
         */
        void accept(A a, B b) throws Throwable;
    }

    /**
     * A check of three values that fails by throwing.
     *
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     */
    @FunctionalInterface
    public interface Body3<A, B, C> {
        /**
         * Checks the values.
         *
         * @param a the first value
         * @param b the second value
         * @param c the third value
         * @throws Throwable when the property does not hold
         */
        void accept(A a, B b, C c) throws Throwable;
    }

    /**
     * A check of four values that fails by throwing.
     *
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @param <D> the type of the fourth value
     */
    @FunctionalInterface
    public interface Body4<A, B, C, D> {
        /**
         * Checks the values.
         *
         * @param a the first value
         * @param b the second value
         * @param c the third value
         * @param d the fourth value
         * @throws Throwable when the property does not hold
         */
        void accept(A a, B b, C c, D d) throws Throwable;
    }

    /**
     * A condition on one value.
     *
     * @param <A> the type of the value
     */
    @FunctionalInterface
    public interface Condition1<A> {
        /**
         * @param a the value
         * @return whether the property holds
         * @throws Throwable when the property does not hold
         */
        boolean test(A a) throws Throwable;
    }

    /**
     * A condition on two values.
     *
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     */
    @FunctionalInterface
    public interface Condition2<A, B> {
        /**
         * @param a the first value
         * @param b the second value
         * @return whether the property holds
         * @throws Throwable when the property does not hold
         */
        boolean test(A a, B b) throws Throwable;
    }

    /**
     * A condition on three values.
     *
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     */
    @FunctionalInterface
    public interface Condition3<A, B, C> {
        /**
         * @param a the first value
         * @param b the second value
         * @param c the third value
         * @return whether the property holds
         * @throws Throwable when the property does not hold
         */
        boolean test(A a, B b, C c) throws Throwable;
    }

    /**
     * A condition on four values.
     *
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @param <D> the type of the fourth value
     */
    @FunctionalInterface
    public interface Condition4<A, B, C, D> {
        /**
         * @param a the first value
         * @param b the second value
         * @param c the third value
         * @param d the fourth value
         * @return whether the property holds
         * @throws Throwable when the property does not hold
         */
        boolean test(A a, B b, C c, D d) throws Throwable;
    }
}
