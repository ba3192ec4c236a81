package io.watchfloor.benchmarks;

import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.testkit.people.PeopleGens;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import io.watchfloor.testkit.property.PropertyFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the property engine costs, through its public API only: how many values per second a
 * typical domain generator gives inside a run (a person with roles and certificates, each a few
 * dozen choices), and how long it takes to find and fully shrink a failing case of {@code elements}
 * elements (100, 1,000 and 10,000, to show how shrinking grows), in three shapes: integers kept in
 * place (each simplified), persons kept in place, and integers behind "another element?" choices
 * (most of them deleted).
 *
 * <p>Seeds are fixed, so every invocation shrinks the same case along the same path.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class PropertyEngineBenchmark {

    private static final int VALUES_PER_RUN = 1000;
    private static final long SEED = 42L;

    /** How many elements the failing case has when first found. */
    @Param({"100", "1000", "10000"})
    public int elements;

    private final Gen<Person> persons = PeopleGens.persons();
    private Gen<List<Integer>> integers;
    private Gen<List<Person>> people;
    private Gen<List<Integer>> deletable;

    @Setup(Level.Trial)
    public void generators() {
        integers = Gens.lists(Gens.integers(0, 1000), elements, elements);
        people = Gens.lists(PeopleGens.persons(), elements, elements);
        deletable = deletableList(Gens.integers(0, 1000), elements);
    }

    /** Values per second: one operation is one person generated, inside a run of 1,000 tries. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(VALUES_PER_RUN)
    public void generatePersons(Blackhole blackhole) {
        Property.forAll(persons).named("generate").seed(SEED).tries(VALUES_PER_RUN).check(blackhole::consume);
    }

    /** Integers in [0, 1000] whose sum must stay at most 100: shrinks to zeros and one 101. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PropertyFailure shrinkIntegers() {
        return failure(() -> Property.forAll(integers).named("sum").seed(SEED).tries(1)
                .checkThat(list -> sum(list) <= 100));
    }

    /** Persons of whom none may be both shift leader and technician: one such person remains among the simplest. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PropertyFailure shrinkPersons() {
        return failure(() -> Property.forAll(people).named("no leader repairs").seed(SEED).tries(1)
                .checkThat(people -> people.stream()
                        .noneMatch(p -> p.hasRole(Role.SHIFT_LEADER) && p.hasRole(Role.TECHNICIAN))));
    }

    /** Deletable integers whose sum must stay at most 100: shrinks to the single element [101]. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PropertyFailure shrinkDeletableIntegers() {
        return failure(() -> Property.forAll(deletable).named("sum").seed(SEED).tries(1)
                .checkThat(list -> sum(list) <= 100));
    }

    /**
     * A list of exactly {@code length} elements when generated, each behind its own "another
     * element?" choice drawn as a unit with the element, so that the shrinker can delete elements.
     */
    static <T> Gen<List<T>> deletableList(Gen<T> element, int length) {
        Gen<List<T>> next = source -> source.chance(1.0) ? List.of(source.draw(element)) : List.of();
        return source -> {
            List<T> list = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                List<T> one = source.draw(next);
                if (one.isEmpty()) {
                    break;
                }
                list.add(one.get(0));
            }
            return list;
        };
    }

    private static int sum(List<Integer> list) {
        int sum = 0;
        for (int x : list) {
            sum += x;
        }
        return sum;
    }

    private static PropertyFailure failure(Runnable property) {
        try {
            property.run();
        } catch (PropertyFailure failure) {
            return failure;
        }
        throw new IllegalStateException("the property was expected to fail");
    }
}
