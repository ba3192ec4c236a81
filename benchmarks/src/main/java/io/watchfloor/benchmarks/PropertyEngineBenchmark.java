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
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the property engine costs, through its public API only: how many values per second a
 * typical domain generator gives inside a run (a person with roles and certificates, each a few
 * dozen choices), and how long it takes to find and fully shrink a failing case of 1,000 elements,
 * in three shapes: 1,000 integers kept in place (each simplified), 1,000 persons kept in place,
 * and 1,000 integers behind "another element?" choices (most of them deleted).
 *
 * <p>Seeds are fixed, so every invocation shrinks the same case along the same path.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class PropertyEngineBenchmark {

    private static final int VALUES_PER_RUN = 1000;
    private static final long SEED = 42L;

    private final Gen<Person> persons = PeopleGens.persons();
    private final Gen<List<Integer>> thousandIntegers = Gens.lists(Gens.integers(0, 1000), 1000, 1000);
    private final Gen<List<Person>> thousandPersons = Gens.lists(PeopleGens.persons(), 1000, 1000);
    private final Gen<List<Integer>> thousandDeletable = deletableList(Gens.integers(0, 1000), 1000);

    /** Values per second: one operation is one person generated, inside a run of 1,000 tries. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(VALUES_PER_RUN)
    public void generatePersons(Blackhole blackhole) {
        Property.forAll(persons).named("generate").seed(SEED).tries(VALUES_PER_RUN).check(blackhole::consume);
    }

    /** 1,000 integers in [0, 1000] whose sum must stay at most 100: shrinks to 999 zeros and 101. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PropertyFailure shrinkThousandIntegers() {
        return failure(() -> Property.forAll(thousandIntegers).named("sum").seed(SEED).tries(1)
                .checkThat(list -> sum(list) <= 100));
    }

    /** 1,000 persons of whom none may be both shift leader and technician: one such person remains. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PropertyFailure shrinkThousandPersons() {
        return failure(() -> Property.forAll(thousandPersons).named("no leader repairs").seed(SEED).tries(1)
                .checkThat(people -> people.stream()
                        .noneMatch(p -> p.hasRole(Role.SHIFT_LEADER) && p.hasRole(Role.TECHNICIAN))));
    }

    /** 1,000 deletable integers whose sum must stay at most 100: shrinks to the single element [101]. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PropertyFailure shrinkThousandDeletableIntegers() {
        return failure(() -> Property.forAll(thousandDeletable).named("sum").seed(SEED).tries(1)
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
