package io.watchfloor.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Stateful properties run command sequences against a model and shrink them to the shortest failing one")
class StatefulTest {

    /** A counter with a bug: the first decrement after a reset takes off two. */
    static final class BuggyCounter {
        private int value;
        private boolean justReset;

        void increment() {
            value++;
            justReset = false;
        }

        void decrement() {
            value -= justReset ? 2 : 1;
            justReset = false;
        }

        void reset() {
            value = 0;
            justReset = true;
        }

        int value() {
            return value;
        }
    }

    private static final Command<Integer, BuggyCounter> INCREMENT = Command.of("increment", (model, counter) -> {
        counter.increment();
        assertEquals(model + 1, counter.value());
        return model + 1;
    });
    private static final Command<Integer, BuggyCounter> DECREMENT = Command.of("decrement", (model, counter) -> {
        counter.decrement();
        assertEquals(model - 1, counter.value(), "value after decrement");
        return model - 1;
    });
    private static final Command<Integer, BuggyCounter> RESET = Command.of("reset", (model, counter) -> {
        counter.reset();
        assertEquals(0, counter.value());
        return 0;
    });
    private static final Command<Integer, BuggyCounter> READ = Command.of("read", (model, counter) -> {
        assertEquals(model, counter.value());
        return model;
    });

    private static Stateful.Builder<Integer, BuggyCounter> counterProperty() {
        return Stateful.<Integer, BuggyCounter>builder()
                .initialModel(() -> 0)
                .newSystem(BuggyCounter::new)
                .commands(model -> Gens.oneOf(INCREMENT, DECREMENT, RESET, READ))
                .maxCommands(50)
                .tries(200);
    }

    @Test
    @DisplayName("a bug that needs a reset and then a decrement shrinks to exactly [reset, decrement]")
    void counterBugShrinksToTwoCommands() {
        PropertyFailure failure = assertThrows(PropertyFailure.class, () -> counterProperty().check());

        assertEquals(List.of("reset", "decrement"), names(failure.minimalValues()));
        assertEquals("2 commands, fails at step 2:\n1. reset\n2. decrement", failure.minimalExample());
        assertTrue(failure.getMessage().contains("minimal counterexample:  2 commands, fails at step 2:\n"
                + "    1. reset\n    2. decrement"), failure.getMessage());
        assertTrue(failure.getCause().getMessage().startsWith("value after decrement"), failure.getCause().getMessage());
    }

    @Test
    @DisplayName("irrelevant commands are removed from long failing sequences, whatever the seed")
    void irrelevantCommandsAreRemoved() {
        int longestOriginal = 0;
        for (long seed = 1; seed <= 20; seed++) {
            long fixed = seed;
            PropertyFailure failure = assertThrows(PropertyFailure.class, () -> counterProperty().seed(fixed).check());

            assertEquals(List.of("reset", "decrement"), names(failure.minimalValues()), "seed " + seed);
            longestOriginal = Math.max(longestOriginal, commandCount(failure.originalExample()));
        }
        assertTrue(longestOriginal >= 10, "some original sequences were long: " + longestOriginal);
    }

    @Test
    @DisplayName("a broken invariant shrinks to the fewest, simplest commands that break it: four pushes of 0")
    void invariantShrinks() {
        int capacity = 3;
        Gen<Command<List<Integer>, List<Integer>>> push = Gens.integers(0, 1000).map(x -> Command.of("push " + x,
                (model, stack) -> {
                    stack.add(x); // the bug: no capacity check
                    return model.size() < capacity ? append(model, x) : model;
                }));
        Command<List<Integer>, List<Integer>> pop = Command.of("pop", model -> !model.isEmpty(), (model, stack) -> {
            assertEquals(model.get(model.size() - 1), stack.remove(stack.size() - 1));
            return model.subList(0, model.size() - 1);
        });

        PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Stateful
                .<List<Integer>, List<Integer>>builder()
                .initialModel(List::of)
                .newSystem(ArrayList::new)
                .commands(model -> Gens.choice(push, Gens.constant(pop)))
                .invariant("size <= capacity", (model, stack) -> stack.size() <= capacity)
                .check());

        assertEquals(List.of("push 0", "push 0", "push 0", "push 0"), names(failure.minimalValues()));
        assertTrue(failure.getCause().getMessage().startsWith(
                "'size <= capacity' does not hold after step 4 (push 0)"), failure.getCause().getMessage());
    }

    @Test
    @DisplayName("preconditions keep commands out of states where they do not apply")
    void preconditionsAreRespected() {
        Gen<Command<Integer, ArrayDeque<Integer>>> put = Gens.integers(0, 9).map(x -> Command.of("put " + x,
                (size, queue) -> {
                    queue.addLast(x);
                    return size + 1;
                }));
        Command<Integer, ArrayDeque<Integer>> take = Command.of("take", size -> size > 0, (size, queue) -> {
            Property.classify(true, "took");
            queue.removeFirst(); // throws on an empty queue
            return size - 1;
        });

        PropertyReport report = Stateful.<Integer, ArrayDeque<Integer>>builder()
                .initialModel(() -> 0)
                .newSystem(ArrayDeque::new)
                .commands(size -> Gens.choice(Gens.constant(take), put))
                .invariant("sizes agree", (size, queue) -> queue.size() == size)
                .tries(200)
                .requireShare("took", 0.3)
                .check();

        assertEquals(200, report.tries());
    }

    @Test
    @DisplayName("an invariant broken from the start fails with no commands")
    void brokenInitialState() {
        PropertyFailure failure = assertThrows(PropertyFailure.class, () -> counterProperty()
                .initialModel(() -> 1)
                .invariant((model, counter) -> counter.value() >= 0)
                .invariant((model, counter) -> model == counter.value())
                .check());

        assertEquals(List.of(), failure.minimalValues());
        assertEquals("0 commands, fails on the initial state:", failure.minimalExample());
        assertTrue(failure.getCause().getMessage().startsWith("'invariant 2' does not hold on the initial state"),
                failure.getCause().getMessage());
    }

    @Test
    @DisplayName("a system that is AutoCloseable is closed after every sequence")
    void systemsAreClosed() {
        final class Resource implements AutoCloseable {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        List<Resource> opened = Collections.synchronizedList(new ArrayList<>());
        Command<Integer, Resource> use = Command.of("use", (model, resource) -> model + 1);

        Stateful.<Integer, Resource>builder()
                .initialModel(() -> 0)
                .newSystem(() -> {
                    Resource resource = new Resource();
                    opened.add(resource);
                    return resource;
                })
                .commands(model -> Gens.constant(use))
                .tries(30)
                .check();

        assertEquals(30, opened.size());
        assertTrue(opened.stream().allMatch(resource -> resource.closed));
    }

    private static List<Integer> append(List<Integer> list, int x) {
        List<Integer> copy = new ArrayList<>(list);
        copy.add(x);
        return List.copyOf(copy);
    }

    private static List<String> names(List<Object> commands) {
        return commands.stream().map(String::valueOf).collect(Collectors.toList());
    }

    private static int commandCount(String example) {
        return Integer.parseInt(example.substring(0, example.indexOf(' ')));
    }
}
