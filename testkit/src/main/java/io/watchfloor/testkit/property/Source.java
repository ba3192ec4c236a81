package io.watchfloor.testkit.property;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Where a {@link Gen} draws its randomness from: a recorded sequence of choices.
 *
 * <p>Every choice is a whole number between 0 and a bound, and 0 is always the simplest choice.
 * While a property runs, choices come from a seeded random generator and are recorded; while a
 * counterexample is shrunk, the engine replays an edited copy of that record, and any draw beyond
 * its end reads 0. A generator that draws only through a {@code Source} therefore shrinks without
 * a hand-written shrinker: make 0 mean "the simplest value" when you write one.
 *
 * <p>A source belongs to one test case and one thread; generators never keep it.
 */
public final class Source {

    /** How a choice is picked when it is generated rather than replayed. */
    @FunctionalInterface
    interface Distribution {
        long pick(SplittableRandom random, long max);
    }

    static final Distribution BIASED = Source::biased;
    static final Distribution UNIFORM = Source::uniform;

    private static final long[] NONE = new long[0];

    private final long[] prefix;
    private final SplittableRandom random;
    private final int budget;
    private int size;

    private long[] choices = new long[32];
    private int length;

    private int[] spanStart = new int[16];
    private int[] spanEnd = new int[16];
    private int[] spanParent = new int[16];
    private int spanCount;
    private int openSpan = -1;

    private String invalidReason;

    private Source(long[] prefix, SplittableRandom random, int size, int budget) {
        this.prefix = prefix;
        this.random = random;
        this.size = size;
        this.budget = budget;
    }

    /** A source that generates every choice from {@code random}. */
    static Source generating(SplittableRandom random, int size, int budget) {
        return new Source(NONE, random, size, budget);
    }

    /** A source that replays {@code prefix} and reads 0 beyond its end. */
    static Source replaying(long[] prefix, int size, int budget) {
        return new Source(prefix, null, size, budget);
    }

    /**
     * Draws a choice in {@code [0, max]}. When generated, small numbers, 1 and {@code max} come up
     * more often than a uniform draw would give them; when shrunk, it moves toward 0.
     *
     * @param max the largest choice, at least 0
     * @return the choice
     */
    public long choose(long max) {
        return draw(max, BIASED);
    }

    /**
     * Draws a yes/no choice that is yes with the given probability when generated; "no" is the
     * simpler choice, so shrinking turns yeses into noes.
     *
     * @param probability of a yes, in {@code [0, 1]}
     * @return the choice
     */
    public boolean chance(double probability) {
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must be in [0, 1], was " + probability);
        }
        return draw(1, (r, max) -> r.nextDouble() < probability ? 1 : 0) == 1;
    }

    /**
     * The size of the current test case: it grows from 1 to 100 over a run, and collections
     * generated without explicit bounds stay within it.
     *
     * @return the size, at least 0
     */
    public int size() {
        return size;
    }

    /**
     * Draws a value from another generator, recording where its choices lie so that the shrinker
     * can delete or simplify them as a unit. Prefer this to calling {@code gen.generate(source)}.
     *
     * @param gen the generator to draw from
     * @param <T> the type of value
     * @return the value
     */
    public <T> T draw(Gen<T> gen) {
        int span = startSpan();
        try {
            return gen.generate(this);
        } finally {
            endSpan(span);
        }
    }

    // ---------------------------------------------------------------- engine side

    long draw(long max, Distribution distribution) {
        if (max < 0) {
            throw new IllegalArgumentException("max must be at least 0, was " + max);
        }
        if (max == 0) {
            return 0;
        }
        if (length >= budget) {
            throw invalid("the generators drew more than " + budget + " choices");
        }
        long value;
        if (length < prefix.length) {
            value = Math.min(prefix[length], max);
        } else if (random != null) {
            value = distribution.pick(random, max);
            if (value < 0 || value > max) {
                throw new IllegalStateException("distribution picked " + value + " outside [0, " + max + "]");
            }
        } else {
            value = 0;
        }
        if (length == choices.length) {
            choices = Arrays.copyOf(choices, length * 2);
        }
        choices[length++] = value;
        return value;
    }

    /** Whether the next draw will be generated (so a generator may pick its value itself). */
    boolean generatingNext() {
        return random != null && length >= prefix.length;
    }

    /** The random generator, for picking a target value when {@link #generatingNext()} holds. */
    SplittableRandom random() {
        return random;
    }

    <T> T resized(int newSize, Gen<T> gen) {
        int old = size;
        size = Math.max(0, newSize);
        try {
            return draw(gen);
        } finally {
            size = old;
        }
    }

    int startSpan() {
        if (spanCount == spanStart.length) {
            int capacity = spanCount * 2;
            spanStart = Arrays.copyOf(spanStart, capacity);
            spanEnd = Arrays.copyOf(spanEnd, capacity);
            spanParent = Arrays.copyOf(spanParent, capacity);
        }
        int span = spanCount++;
        spanStart[span] = length;
        spanEnd[span] = -1;
        spanParent[span] = openSpan;
        openSpan = span;
        return span;
    }

    void endSpan(int span) {
        spanEnd[span] = length;
        openSpan = spanParent[span];
        if (spanStart[span] == length && span == spanCount - 1) {
            spanCount--; // drew nothing: not worth a shrink attempt
        }
    }

    Invalid invalid(String reason) {
        if (invalidReason == null) {
            invalidReason = reason;
        }
        return new Invalid(reason);
    }

    String invalidReason() {
        return invalidReason;
    }

    long[] choices() {
        return Arrays.copyOf(choices, length);
    }

    /** The closed spans as {@code [start, end, parent]} triples, in the order they were opened. */
    int[][] spans() {
        int[][] spans = new int[spanCount][];
        for (int i = 0; i < spanCount; i++) {
            spans[i] = new int[] {spanStart[i], spanEnd[i] < 0 ? length : spanEnd[i], spanParent[i]};
        }
        return spans;
    }

    // ---------------------------------------------------------------- distributions

    private static long biased(SplittableRandom random, long max) {
        int pick = random.nextInt(16);
        if (pick < 2) {
            return 0;
        }
        if (pick < 4) {
            return max;
        }
        if (pick < 5) {
            return 1;
        }
        if (pick < 10) {
            return small(random, max);
        }
        return uniform(random, max);
    }

    /** Log-uniform: a random bit length, then a random value of that length. */
    static long small(SplittableRandom random, long max) {
        int bits = random.nextInt(65 - Long.numberOfLeadingZeros(max));
        long value = bits == 0 ? 0 : random.nextLong() >>> (64 - bits);
        return Math.min(value, max);
    }

    static long uniform(SplittableRandom random, long max) {
        return max == Long.MAX_VALUE ? random.nextLong() >>> 1 : random.nextLong(max + 1);
    }

    /** Thrown when a test case cannot be generated from its choices: it neither passes nor fails. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }
}
