package io.watchfloor.testkit.property;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The generators the engine ships: numbers, booleans, choices, strings, time, collections,
 * tuples, recursion and size.
 *
 * <p>Every generator shrinks toward its simplest value: numbers toward 0 (or the bound nearest 0
 * when 0 is out of range), choices toward the first option, collections toward fewer elements,
 * booleans toward {@code false}. Numbers are drawn with a bias toward their bounds, 0 and ±1, where
 * bugs live.
 *
 * <p>Collections are mutable and fresh for every value. Without explicit bounds their length is at
 * most the current {@link Source#size() size}; with bounds, lengths above the minimum follow a
 * geometric distribution whose mean is half of {@code min(max - min, size)}.
 */
public final class Gens {

    /** Zones with and without daylight saving, including half- and quarter-hour offsets. */
    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("UTC"),
            ZoneId.of("Europe/Berlin"),
            ZoneId.of("Asia/Shanghai"),
            ZoneId.of("America/New_York"),
            ZoneId.of("Europe/London"),
            ZoneId.of("Europe/Dublin"),
            ZoneId.of("Asia/Tokyo"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Asia/Kathmandu"),
            ZoneId.of("Australia/Sydney"),
            ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Pacific/Auckland"),
            ZoneId.of("Pacific/Chatham"),
            ZoneId.of("America/Sao_Paulo"),
            ZoneId.of("America/St_Johns"),
            ZoneId.of("America/Los_Angeles"));

    private static final int NANOS_PER_SECOND = 1_000_000_000;
    private static final long FRACTION_STEPS = 1L << 52;
    private static final int DISTINCT_ATTEMPTS = 1000;

    private Gens() {
    }

    // ---------------------------------------------------------------- numbers

    /**
     * Integers in {@code [min, max]}, biased toward min, max, 0 and ±1; they shrink toward 0, or
     * toward the bound nearest 0.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the generator
     */
    public static Gen<Integer> integers(int min, int max) {
        checkRange(min, max);
        return named(() -> "integers(" + min + ", " + max + ")", source -> (int) drawLong(source, min, max));
    }

    /**
     * Longs in {@code [min, max]}, biased and shrinking like {@link #integers(int, int)}.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the generator
     */
    public static Gen<Long> longs(long min, long max) {
        checkRange(min, max);
        return named(() -> "longs(" + min + ", " + max + ")", source -> drawLong(source, min, max));
    }

    /**
     * Finite doubles in {@code [min, max]} (no NaN, no infinities), biased toward min, max, 0 and
     * ±1; they shrink toward 0, or the bound nearest 0, and toward whole distances from it: a
     * whole number is simpler than any fraction, so {@code x < 10.5} shrinks to 11.0, while
     * {@code x < 0.25} over {@code [0, 0.9]} shrinks to exactly 0.25.
     *
     * @param min the smallest value, finite
     * @param max the largest value, finite
     * @return the generator
     */
    public static Gen<Double> doubles(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("need finite min <= max, was [" + min + ", " + max + "]");
        }
        return named(() -> "doubles(" + min + ", " + max + ")", source -> drawDouble(source, min, max));
    }

    /**
     * {@code true} or {@code false}, evenly; shrinks toward {@code false}.
     *
     * @return the generator
     */
    public static Gen<Boolean> booleans() {
        return named("booleans()", source -> source.chance(0.5));
    }

    // ---------------------------------------------------------------- choices

    /**
     * The constants of an enum, evenly; shrinks toward the first constant.
     *
     * @param type the enum class
     * @param <E> the enum type
     * @return the generator
     */
    public static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
        E[] constants = type.getEnumConstants();
        if (constants.length == 0) {
            throw new IllegalArgumentException(type.getName() + " has no constants");
        }
        return named(() -> "enums(" + type.getSimpleName() + ")", pick(Arrays.asList(constants)));
    }

    /**
     * Always {@code value}.
     *
     * @param value the value
     * @param <T> its type
     * @return the generator
     */
    public static <T> Gen<T> constant(T value) {
        return named(() -> "constant(" + value + ")", source -> value);
    }

    /**
     * One of the given values, evenly; shrinks toward the first.
     *
     * @param values the values, at least one
     * @param <T> their type
     * @return the generator
     */
    @SafeVarargs
    public static <T> Gen<T> oneOf(T... values) {
        return oneOf(Arrays.asList(values));
    }

    /**
     * One of the given values, evenly; shrinks toward the first.
     *
     * @param values the values, at least one
     * @param <T> their type
     * @return the generator
     */
    public static <T> Gen<T> oneOf(Collection<? extends T> values) {
        List<T> copy = new ArrayList<>(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one value");
        }
        return named(() -> "oneOf(" + copy + ")", pick(copy));
    }

    /**
     * A value from one of the given generators, chosen evenly; shrinks toward the first generator.
     *
     * @param gens the generators, at least one
     * @param <T> the type of the values
     * @return the generator
     */
    @SafeVarargs
    public static <T> Gen<T> choice(Gen<? extends T>... gens) {
        List<Gen<? extends T>> options = List.of(gens);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("choice needs at least one generator");
        }
        return named(() -> "choice(" + options + ")", source -> {
            int index = (int) source.draw(options.size() - 1, Source.UNIFORM);
            return source.draw(options.get(index));
        });
    }

    /**
     * A value from one of the weighted generators, each chosen in proportion to its weight;
     * shrinks toward the first.
     *
     * @param options the weighted generators, at least one
     * @param <T> the type of the values
     * @return the generator
     * @see #weighted(int, Gen)
     */
    @SafeVarargs
    public static <T> Gen<T> frequency(Weighted<? extends T>... options) {
        List<Weighted<? extends T>> list = List.of(options);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("frequency needs at least one option");
        }
        long total = 0;
        for (Weighted<? extends T> option : list) {
            total += option.weight();
        }
        long max = total - 1;
        return named(() -> "frequency(" + list + ")", source -> {
            long ticket = source.draw(max, Source.UNIFORM);
            for (Weighted<? extends T> option : list) {
                if (ticket < option.weight()) {
                    return source.draw(option.gen());
                }
                ticket -= option.weight();
            }
            throw new AssertionError("unreachable");
        });
    }

    /**
     * A generator with a weight, for {@link #frequency}.
     *
     * @param weight how often, relative to the other options, at least 1
     * @param gen the generator
     * @param <T> the type of the values
     * @return the weighted option
     */
    public static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    // ---------------------------------------------------------------- text and time

    /**
     * Strings of characters (code points) taken from {@code alphabet}, with a length in
     * {@code [minLength, maxLength]}; they shrink toward shorter strings of the alphabet's first
     * character.
     *
     * @param alphabet the characters to use, not empty
     * @param minLength the shortest length, at least 0
     * @param maxLength the longest length
     * @return the generator
     */
    public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
        int[] codePoints = alphabet.codePoints().toArray();
        if (codePoints.length == 0) {
            throw new IllegalArgumentException("the alphabet is empty");
        }
        checkSizes(minLength, maxLength);
        Supplier<String> name = () -> "strings(\"" + alphabet + "\", " + minLength + ", " + maxLength + ")";
        Gen<Integer> character = source -> codePoints[(int) source.draw(codePoints.length - 1, Source.UNIFORM)];
        return named(name, source -> {
            StringBuilder text = new StringBuilder();
            drawElements(source, minLength, maxLength, character, text::appendCodePoint);
            return text.toString();
        });
    }

    /**
     * Instants in {@code [from, to]}, biased toward both ends and whole seconds; they shrink toward
     * {@code from} and whole seconds.
     *
     * @param from the earliest instant
     * @param to the latest instant
     * @return the generator
     */
    public static Gen<Instant> instants(Instant from, Instant to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        long seconds = Duration.between(from, to).getSeconds();
        return named(() -> "instants(" + from + ", " + to + ")", source -> {
            Duration target = Duration.ZERO;
            if (source.generatingNext()) {
                SplittableRandom random = source.random();
                int pick = random.nextInt(8);
                target = pick == 0 ? Duration.ZERO
                        : pick == 1 ? Duration.between(from, to)
                        : Duration.ofSeconds(pickLong(random, 0, seconds), pickNanos(random));
            }
            long offset = drawLong(source, 0, seconds, target.getSeconds());
            Instant instant = from.plusSeconds(offset).plusNanos(drawNanos(source, target.getNano()));
            return instant.isAfter(to) ? to : instant;
        });
    }

    /**
     * Durations in {@code [min, max]}, biased toward both ends, zero and whole seconds. They shrink
     * toward zero (or the bound nearest zero) in whole seconds, then drop the nanoseconds: a
     * negative duration of -1.5 s shrinks toward -2 s.
     *
     * @param min the shortest duration
     * @param max the longest duration
     * @return the generator
     */
    public static Gen<Duration> durations(Duration min, Duration max) {
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min + " is longer than max " + max);
        }
        long lowSeconds = min.getSeconds();
        long highSeconds = max.getSeconds();
        return named(() -> "durations(" + min + ", " + max + ")", source -> {
            Duration target = Duration.ZERO;
            if (source.generatingNext()) {
                SplittableRandom random = source.random();
                int pick = random.nextInt(8);
                target = pick == 0 ? min
                        : pick == 1 ? max
                        : pick == 2 ? Duration.ZERO
                        : Duration.ofSeconds(pickLong(random, lowSeconds, highSeconds), pickNanos(random));
                target = target.compareTo(min) < 0 ? min : target.compareTo(max) > 0 ? max : target;
            }
            long seconds = drawLong(source, lowSeconds, highSeconds, target.getSeconds());
            Duration duration = Duration.ofSeconds(seconds, drawNanos(source, target.getNano()));
            if (duration.compareTo(min) < 0) {
                return min;
            }
            return duration.compareTo(max) > 0 ? max : duration;
        });
    }

    /**
     * Time zones with and without daylight saving: UTC, Europe/Berlin, Asia/Shanghai,
     * America/New_York, Europe/London, Europe/Dublin (negative DST in the tz database), Asia/Tokyo,
     * Asia/Kolkata (+05:30), Asia/Kathmandu (+05:45), Australia/Sydney (southern DST),
     * Australia/Lord_Howe (30-minute DST), Pacific/Auckland, Pacific/Chatham (+12:45 with DST),
     * America/Sao_Paulo (DST abolished 2019), America/St_Johns (-03:30 with DST) and
     * America/Los_Angeles. Shrinks toward UTC.
     *
     * @return the generator
     */
    public static Gen<ZoneId> zones() {
        return named("zones()", pick(ZONES));
    }

    // ---------------------------------------------------------------- collections

    /**
     * Lists of at most {@link Source#size()} elements.
     *
     * @param element the generator of elements
     * @param <T> the type of the elements
     * @return the generator
     */
    public static <T> Gen<List<T>> lists(Gen<T> element) {
        return named(() -> "lists(" + element + ")", source -> {
            List<T> list = new ArrayList<>();
            drawElements(source, 0, source.size(), element, list::add);
            return list;
        });
    }

    /**
     * Lists with a length in {@code [minSize, maxSize]}; they shrink by deleting elements and
     * simplifying the rest.
     *
     * @param element the generator of elements
     * @param minSize the shortest length, at least 0
     * @param maxSize the longest length
     * @param <T> the type of the elements
     * @return the generator
     */
    public static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
        checkSizes(minSize, maxSize);
        return named(() -> "lists(" + element + ", " + minSize + ", " + maxSize + ")", source -> {
            List<T> list = new ArrayList<>();
            drawElements(source, minSize, maxSize, element, list::add);
            return list;
        });
    }

    /**
     * Sets of at most {@link Source#size()} distinct elements.
     *
     * @param element the generator of elements
     * @param <T> the type of the elements
     * @return the generator
     */
    public static <T> Gen<Set<T>> sets(Gen<T> element) {
        return named(() -> "sets(" + element + ")", source -> drawSet(source, element, 0, source.size()));
    }

    /**
     * Sets of {@code [minSize, maxSize]} distinct elements, in the order drawn. The property
     * fails with a clear message when the element generator cannot supply {@code minSize}
     * distinct values.
     *
     * @param element the generator of elements
     * @param minSize the fewest elements, at least 0
     * @param maxSize the most elements
     * @param <T> the type of the elements
     * @return the generator
     */
    public static <T> Gen<Set<T>> sets(Gen<T> element, int minSize, int maxSize) {
        checkSizes(minSize, maxSize);
        Supplier<String> name = () -> "sets(" + element + ", " + minSize + ", " + maxSize + ")";
        return named(name, source -> drawSet(source, element, minSize, maxSize));
    }

    /**
     * Maps of at most {@link Source#size()} entries.
     *
     * @param keys the generator of keys
     * @param values the generator of values
     * @param <K> the type of the keys
     * @param <V> the type of the values
     * @return the generator
     */
    public static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values) {
        return named(() -> "maps(" + keys + ", " + values + ")",
                source -> drawMap(source, keys, values, 0, source.size()));
    }

    /**
     * Maps of {@code [minSize, maxSize]} entries with distinct keys, in the order drawn.
     *
     * @param keys the generator of keys
     * @param values the generator of values
     * @param minSize the fewest entries, at least 0
     * @param maxSize the most entries
     * @param <K> the type of the keys
     * @param <V> the type of the values
     * @return the generator
     */
    public static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values, int minSize, int maxSize) {
        checkSizes(minSize, maxSize);
        Supplier<String> name = () -> "maps(" + keys + ", " + values + ", " + minSize + ", " + maxSize + ")";
        return named(name, source -> drawMap(source, keys, values, minSize, maxSize));
    }

    // ---------------------------------------------------------------- tuples

    /**
     * Pairs of values.
     *
     * @param first generator of the first value
     * @param second generator of the second value
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @return the generator
     */
    public static <A, B> Gen<Tuple2<A, B>> tuples(Gen<A> first, Gen<B> second) {
        return named(() -> "tuples(" + first + ", " + second + ")",
                source -> new Tuple2<>(source.draw(first), source.draw(second)));
    }

    /**
     * Triples of values.
     *
     * @param first generator of the first value
     * @param second generator of the second value
     * @param third generator of the third value
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @return the generator
     */
    public static <A, B, C> Gen<Tuple3<A, B, C>> tuples(Gen<A> first, Gen<B> second, Gen<C> third) {
        return named(() -> "tuples(" + first + ", " + second + ", " + third + ")",
                source -> new Tuple3<>(source.draw(first), source.draw(second), source.draw(third)));
    }

    /**
     * Quadruples of values.
     *
     * @param first generator of the first value
     * @param second generator of the second value
     * @param third generator of the third value
     * @param fourth generator of the fourth value
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @param <D> the type of the fourth value
     * @return the generator
     */
    public static <A, B, C, D> Gen<Tuple4<A, B, C, D>> tuples(
            Gen<A> first, Gen<B> second, Gen<C> third, Gen<D> fourth) {
        return named(() -> "tuples(" + first + ", " + second + ", " + third + ", " + fourth + ")",
                source -> new Tuple4<>(source.draw(first), source.draw(second), source.draw(third),
                        source.draw(fourth)));
    }

    // ---------------------------------------------------------------- structure and size

    /**
     * Recursive values such as trees: at each level either a {@code base} value or {@code extend}
     * applied to the generator one level down, at most {@code maxDepth} levels deep. Each level down
     * halves the size, so nested collections stay small. Shrinks toward {@code base}.
     * <pre>{@code
     * Gen<Tree> trees = Gens.recursive(leaves, sub -> Gens.lists(sub).map(Node::new), 4);
     * }</pre>
     *
     * @param base the generator of leaves
     * @param extend builds one level from the generator of the level below
     * @param maxDepth the most levels of {@code extend}, at least 0
     * @param <T> the type of the values
     * @return the generator
     */
    public static <T> Gen<T> recursive(Gen<T> base, Function<Gen<T>, Gen<T>> extend, int maxDepth) {
        if (maxDepth < 0) {
            throw new IllegalArgumentException("maxDepth must be at least 0, was " + maxDepth);
        }
        Gen<T> level = base;
        for (int depth = 1; depth <= maxDepth; depth++) {
            Gen<T> below = level;
            Gen<T> smaller = source -> source.resized(source.size() / 2, below);
            Gen<T> deeper = extend.apply(smaller);
            level = source -> source.chance(0.5) ? source.draw(deeper) : source.draw(base);
        }
        return named(() -> "recursive(" + base + ", " + maxDepth + ")", level);
    }

    /**
     * A generator that depends on the current {@link Source#size() size}, which grows from 1 to
     * 100 over a run.
     *
     * @param f the generator for a given size
     * @param <T> the type of the values
     * @return the generator
     */
    public static <T> Gen<T> sized(IntFunction<? extends Gen<? extends T>> f) {
        return named("sized(...)", source -> source.draw(f.apply(source.size())));
    }

    // ---------------------------------------------------------------- internals

    static <T> Gen<T> named(String name, Gen<T> gen) {
        return new Named<>(() -> name, gen);
    }

    /** A generator whose name is only worked out when it is printed. */
    static <T> Gen<T> named(Supplier<String> name, Gen<T> gen) {
        return new Named<>(name, gen);
    }

    static <T> Gen<T> filtered(Gen<T> gen, String description, Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        String filter = description == null ? "filter" : "filter '" + description + "'";
        Supplier<String> name = () -> gen + ".filter(" + (description == null ? "..." : description) + ")";
        return named(name, source -> {
            for (int attempt = 0; attempt < Gen.FILTER_ATTEMPTS; attempt++) {
                T value = source.draw(gen);
                if (predicate.test(value)) {
                    return value;
                }
            }
            throw source.invalid(filter + " rejected " + Gen.FILTER_ATTEMPTS + " of " + Gen.FILTER_ATTEMPTS
                    + " values in a row from " + gen
                    + "; generate valid values by construction (map, flatMap, narrower ranges) instead");
        });
    }

    private static <T> Gen<T> pick(List<T> values) {
        int max = values.size() - 1;
        return source -> values.get((int) source.draw(max, Source.UNIFORM));
    }

    private static void checkRange(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
    }

    private static void checkSizes(int min, int max) {
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("need 0 <= min <= max, was [" + min + ", " + max + "]");
        }
    }

    /** An element sink for {@link #drawElements}. */
    private interface Sink<T> {
        void accept(T element);
    }

    /**
     * Draws the elements of a collection: the first {@code min} unconditionally, then each further
     * one behind an "another element?" choice, inside one span, so that deleting a span of choices
     * deletes an element.
     */
    private static <T> void drawElements(Source source, int min, int max, Gen<T> element, Sink<? super T> sink) {
        for (int i = 0; i < min; i++) {
            sink.accept(source.draw(element));
        }
        double more = continuation(min, max, source.size());
        for (int count = min; count < max; count++) {
            int span = source.startSpan();
            try {
                if (!source.chance(more)) {
                    return;
                }
                sink.accept(source.draw(element));
            } finally {
                source.endSpan(span);
            }
        }
        if (max > min) {
            full(source);
        }
    }

    /**
     * Records a "no more elements" choice after a collection that reached its maximum size, where
     * no "another element?" choice is drawn. Its value is ignored; it is there so that deleting an
     * element while shrinking leaves a collection that ends where it did, rather than one that
     * reads the choices after it as more elements.
     */
    static void full(Source source) {
        source.draw(1, (random, max) -> 0);
    }

    private static double continuation(int min, int max, int size) {
        double mean = Math.min((double) max - min, Math.max(size, 0)) / 2.0;
        return mean / (mean + 1.0);
    }

    private static <T> Set<T> drawSet(Source source, Gen<T> element, int min, int max) {
        Set<T> set = new LinkedHashSet<>();
        drawDistinct(source, element, min, max, set::add);
        return set;
    }

    private static <K, V> Map<K, V> drawMap(Source source, Gen<K> keys, Gen<V> values, int min, int max) {
        Map<K, V> map = new LinkedHashMap<>();
        drawDistinct(source, keys, min, max, key -> {
            V value = source.draw(values);
            if (map.containsKey(key)) {
                return false;
            }
            map.put(key, value);
            return true;
        });
        return map;
    }

    /** Adds a drawn key, drawing anything that belongs with it; answers whether it was new. */
    private interface DistinctSink<T> {
        boolean add(T key);
    }

    private static <T> void drawDistinct(Source source, Gen<T> element, int min, int max, DistinctSink<T> sink) {
        int count = 0;
        int duplicates = 0;
        while (count < min) {
            int span = source.startSpan();
            try {
                if (sink.add(source.draw(element))) {
                    count++;
                } else if (++duplicates >= DISTINCT_ATTEMPTS) {
                    throw source.invalid("could not draw " + min + " distinct values from " + element
                            + ": " + DISTINCT_ATTEMPTS + " draws repeated earlier values");
                }
            } finally {
                source.endSpan(span);
            }
        }
        double more = continuation(min, max, source.size());
        duplicates = 0;
        while (count < max && duplicates < DISTINCT_ATTEMPTS) {
            int span = source.startSpan();
            try {
                if (!source.chance(more)) {
                    return;
                }
                if (sink.add(source.draw(element))) {
                    count++;
                } else {
                    duplicates++;
                }
            } finally {
                source.endSpan(span);
            }
        }
        if (max > min) {
            full(source);
        }
    }

    /**
     * Draws a long in {@code [lo, hi]} as a distance from the origin, the value nearest 0, so that
     * shrinking the choices moves the value toward the origin. A range on both sides of 0 first
     * draws a side: 0 for {@code [0, hi]}, 1 for {@code [lo, -1]}. When generating, the value is
     * picked first with a bias toward the bounds, 0 and ±1, and then recorded as those choices.
     */
    static long drawLong(Source source, long lo, long hi) {
        return drawLong(source, lo, hi, source.generatingNext() ? pickLong(source.random(), lo, hi) : 0);
    }

    /** Draws a long in {@code [lo, hi]}; when generating, records {@code target} (which must be in range). */
    private static long drawLong(Source source, long lo, long hi, long target) {
        boolean both = lo < 0 && hi > 0;
        if (source.generatingNext()) {
            if (both) {
                source.draw(1, (r, m) -> target < 0 ? 1 : 0);
            }
            long distance = distance(lo, hi, target);
            source.draw(width(lo, hi, target < 0), (r, m) -> distance);
            return target;
        }
        boolean negative = both ? source.draw(1, Source.UNIFORM) == 1 : hi <= 0;
        long distance = source.draw(width(lo, hi, negative), Source.BIASED);
        if (lo >= 0) {
            return lo + distance;
        }
        if (hi <= 0) {
            return hi - distance;
        }
        return negative ? -1 - distance : distance;
    }

    /** The largest distance on the value's side of the origin. */
    private static long width(long lo, long hi, boolean negative) {
        if (lo >= 0 || hi <= 0) {
            return hi - lo;
        }
        return negative ? -1 - lo : hi;
    }

    private static long distance(long lo, long hi, long value) {
        if (lo >= 0) {
            return value - lo;
        }
        if (hi <= 0) {
            return hi - value;
        }
        return value < 0 ? -1 - value : value;
    }

    private static long pickLong(SplittableRandom random, long lo, long hi) {
        long origin = lo > 0 ? lo : Math.min(hi, 0);
        int pick = random.nextInt(16);
        if (pick < 2) {
            return lo;
        }
        if (pick < 4) {
            return hi;
        }
        if (pick < 5 && origin != lo && origin != hi) {
            return origin;
        }
        if (pick == 5) {
            long one = random.nextBoolean() ? 1 : -1;
            if (one < lo || one > hi) {
                one = -one;
            }
            if (one >= lo && one <= hi) {
                return one;
            }
        }
        if (pick < 11) { // also when the origin is a bound, or ±1 is out of range: no double weight
            boolean negative = hi <= 0 || (lo < 0 && random.nextBoolean());
            long distance = Source.small(random, width(lo, hi, negative));
            if (lo >= 0) {
                return lo + distance;
            }
            if (hi <= 0) {
                return hi - distance;
            }
            return negative ? -1 - distance : distance;
        }
        if (lo == Long.MIN_VALUE && hi == Long.MAX_VALUE) {
            return random.nextLong();
        }
        long span = hi - lo; // as an unsigned number
        if (span >= 0 && span < Long.MAX_VALUE) {
            return lo + random.nextLong(span + 1);
        }
        while (true) { // the range covers at least half of all longs
            long value = random.nextLong();
            if (value >= lo && value <= hi) {
                return value;
            }
        }
    }

    /** Nanoseconds of a second; when generating, records {@code target}. Shrinks toward 0. */
    private static long drawNanos(Source source, long target) {
        return source.draw(NANOS_PER_SECOND - 1, (r, max) -> target);
    }

    /** Zero half the time, else any nanosecond of a second. */
    private static long pickNanos(SplittableRandom random) {
        return random.nextBoolean() ? 0 : random.nextInt(NANOS_PER_SECOND);
    }

    /**
     * Draws a double as a side of the origin and a distance from it: a "has a fraction?" choice, a
     * whole part, and when there is a fraction, a fraction in steps of 2^-52. Whole distances thus
     * take fewer choices and are simpler than any fractional one. A distance at or beyond the width
     * of the side is that bound exactly. Sides wider than 2^62 use a single scaled fraction.
     */
    static double drawDouble(Source source, double lo, double hi) {
        double origin = lo > 0 ? lo : Math.min(hi, 0.0);
        boolean above = hi > origin;
        boolean below = lo < origin;
        Source.Distribution sign = Source.UNIFORM;
        Source.Distribution fractional = Source.UNIFORM;
        Source.Distribution first = Source.BIASED;
        Source.Distribution second = Source.BIASED;
        if (source.generatingNext()) {
            double target = pickDouble(source.random(), lo, hi, origin);
            boolean negative = target < origin;
            double width = negative ? origin - lo : hi - origin;
            double distance = negative ? origin - target : target - origin;
            boolean atBound = target == lo || target == hi;
            sign = (r, m) -> negative ? 1 : 0;
            if (width < 0x1p62) {
                long whole = (long) Math.floor(Math.min(distance, width));
                long fraction = atBound ? FRACTION_STEPS
                        : Math.max(0, Math.min(FRACTION_STEPS, Math.round((distance - whole) * FRACTION_STEPS)));
                boolean hasFraction = fraction > 0 && !(atBound && whole >= width);
                fractional = (r, m) -> hasFraction ? 1 : 0;
                first = (r, m) -> Math.min(whole, m);
                second = (r, m) -> fraction;
            } else {
                long steps = atBound ? FRACTION_STEPS
                        : Math.max(0, Math.min(FRACTION_STEPS, Math.round(distance / width * FRACTION_STEPS)));
                first = (r, m) -> steps;
            }
        }
        boolean negative = above && below ? source.draw(1, sign) == 1 : below;
        double width = negative ? origin - lo : hi - origin;
        double distance;
        if (width < 0x1p62) {
            boolean hasFraction = source.draw(1, fractional) == 1;
            long whole = source.draw((long) Math.floor(width), first);
            long fraction = hasFraction ? source.draw(FRACTION_STEPS, second) : 0;
            distance = whole + (double) fraction / FRACTION_STEPS;
        } else {
            distance = width * ((double) source.draw(FRACTION_STEPS, first) / FRACTION_STEPS);
        }
        if (distance >= width) {
            return negative ? lo : hi;
        }
        double value = negative ? origin - distance : origin + distance;
        return Math.max(lo, Math.min(hi, value));
    }

    private static double pickDouble(SplittableRandom random, double lo, double hi, double origin) {
        int pick = random.nextInt(16);
        if (pick < 2) {
            return lo;
        }
        if (pick < 4) {
            return hi;
        }
        if (pick < 5) {
            return origin;
        }
        if (pick < 6) {
            double one = random.nextBoolean() ? 1.0 : -1.0;
            if (one < lo || one > hi) {
                one = -one;
            }
            return one >= lo && one <= hi ? one : origin;
        }
        if (pick < 11) { // a whole distance from the origin, small more often than large
            boolean negative = lo < origin && (hi == origin || random.nextBoolean());
            double width = negative ? origin - lo : hi - origin;
            double whole = Source.small(random, (long) Math.min(Math.floor(width), 0x1p62));
            return Math.max(lo, Math.min(hi, negative ? origin - whole : origin + whole));
        }
        double u = random.nextDouble();
        return Math.max(lo, Math.min(hi, lo * (1.0 - u) + hi * u));
    }

    /** A generator with a readable name, for failure messages. */
    private static final class Named<T> implements Gen<T> {
        private final Supplier<String> name;
        private final Gen<T> gen;

        Named(Supplier<String> name, Gen<T> gen) {
            this.name = name;
            this.gen = gen;
        }

        @Override
        public T generate(Source source) {
            return gen.generate(source);
        }

        @Override
        public String toString() {
            return name.get();
        }
    }
}
