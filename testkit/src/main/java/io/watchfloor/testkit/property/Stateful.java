package io.watchfloor.testkit.property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Stateful properties: random sequences of {@link Command}s run against a fresh system under test
 * and, in step, a model of what it should do. Each command checks its postcondition; the
 * invariants are checked on the initial state and after every step. A failing sequence shrinks
 * to the shortest, simplest one that still fails, and the failure lists its commands.
 * <pre>{@code
 * Stateful.<Integer, Counter>builder()
 *         .initialModel(() -> 0)
 *         .newSystem(Counter::new)
 *         .commands(model -> Gens.oneOf(increment, decrement, reset))
 *         .invariant("never negative", (model, counter) -> counter.value() >= 0)
 *         .maxCommands(50)
 *         .tries(200)
 *         .check();
 * }</pre>
 * A system that is {@link AutoCloseable} is closed after each sequence.
 */
public final class Stateful {

    /** How often a step draws a command again when the drawn one's precondition does not hold. */
    static final int PRECONDITION_ATTEMPTS = 100;

    private Stateful() {
    }

    /**
     * Starts a stateful property.
     *
     * @param <M> the type of the model
     * @param <S> the type of the system under test
     * @return the builder
     */
    public static <M, S> Builder<M, S> builder() {
        return new Builder<>();
    }

    /**
     * A stateful property to configure and check. The model, the system and the commands are
     * required.
     *
     * @param <M> the type of the model
     * @param <S> the type of the system under test
     */
    public static final class Builder<M, S> extends Property.Config<Builder<M, S>> {

        private Supplier<? extends M> initialModel;
        private Supplier<? extends S> newSystem;
        private Function<? super M, ? extends Gen<? extends Command<M, S>>> commands;
        private final Map<String, BiPredicate<? super M, ? super S>> invariants = new LinkedHashMap<>();
        private int maxCommands = 50;

        Builder() {
        }

        @Override
        Builder<M, S> self() {
            return this;
        }

        /**
         * @param initialModel gives the model's state at the start of each sequence
         * @return this builder
         */
        public Builder<M, S> initialModel(Supplier<? extends M> initialModel) {
            this.initialModel = Objects.requireNonNull(initialModel, "initialModel");
            return this;
        }

        /**
         * @param newSystem gives a fresh system under test for each sequence
         * @return this builder
         */
        public Builder<M, S> newSystem(Supplier<? extends S> newSystem) {
            this.newSystem = Objects.requireNonNull(newSystem, "newSystem");
            return this;
        }

        /**
         * @param commands gives the generator of the commands that may follow in the model's state
         * @return this builder
         */
        public Builder<M, S> commands(Function<? super M, ? extends Gen<? extends Command<M, S>>> commands) {
            this.commands = Objects.requireNonNull(commands, "commands");
            return this;
        }

        /**
         * Adds an invariant, checked on the initial state and after every step.
         *
         * @param description what holds, for the failure message
         * @param holds the check
         * @return this builder
         */
        public Builder<M, S> invariant(String description, BiPredicate<? super M, ? super S> holds) {
            invariants.put(Objects.requireNonNull(description, "description"), Objects.requireNonNull(holds, "holds"));
            return this;
        }

        /**
         * Adds an invariant named by its position ("invariant 1", "invariant 2"...).
         *
         * @param holds the check
         * @return this builder
         * @see #invariant(String, BiPredicate)
         */
        public Builder<M, S> invariant(BiPredicate<? super M, ? super S> holds) {
            return invariant("invariant " + (invariants.size() + 1), holds);
        }

        /**
         * @param maxCommands the longest sequence, at least 1 (default 50)
         * @return this builder
         */
        public Builder<M, S> maxCommands(int maxCommands) {
            if (maxCommands < 1) {
                throw new IllegalArgumentException("maxCommands must be at least 1, was " + maxCommands);
            }
            this.maxCommands = maxCommands;
            return this;
        }

        /**
         * Runs the property.
         *
         * @return the report of a run that held
         * @throws PropertyFailure with the shortest failing command sequence when one fails
         */
        public PropertyReport check() {
            Objects.requireNonNull(initialModel, "initialModel is not set");
            Objects.requireNonNull(newSystem, "newSystem is not set");
            Objects.requireNonNull(commands, "commands is not set");
            return Engine.run(settings, new Trial() {
                @Override
                public void run(Source source) throws Throwable {
                    execute(source, null);
                }

                @Override
                public Example describe(long[] choices, int size) {
                    List<Command<M, S>> log = new ArrayList<>();
                    String outcome = "";
                    try {
                        execute(Source.replaying(choices, size, Engine.GENERATION_BUDGET), log);
                    } catch (Throwable failure) {
                        outcome = log.isEmpty() ? "fails on the initial state" : "fails at step " + log.size();
                    }
                    StringBuilder text = new StringBuilder(log.size() + (log.size() == 1 ? " command" : " commands"));
                    text.append(outcome.isEmpty() ? "" : ", " + outcome).append(':');
                    for (int i = 0; i < log.size(); i++) {
                        text.append('\n').append(i + 1).append(". ").append(log.get(i));
                    }
                    return new Example(text.toString(), Collections.unmodifiableList(new ArrayList<>(log)));
                }
            });
        }

        private void execute(Source source, List<Command<M, S>> log) throws Throwable {
            M model = initialModel.get();
            S system = newSystem.get();
            try {
                checkInvariants(model, system, 0, null);
                double mean = Math.max(1.0, maxCommands * Math.min(source.size(), Engine.MAX_SIZE) / (double) Engine.MAX_SIZE);
                double more = mean / (mean + 1.0);
                for (int step = 1; step <= maxCommands; step++) {
                    int span = source.startSpan();
                    try {
                        if (!source.chance(more)) {
                            return;
                        }
                        Command<M, S> command = pick(source, model);
                        if (command == null) {
                            return;
                        }
                        if (log != null) {
                            log.add(command);
                        }
                        model = command.run(model, system);
                        checkInvariants(model, system, step, command);
                    } finally {
                        source.endSpan(span);
                    }
                }
                Gens.full(source); // as collections do: deleting a step leaves a sequence that ends here
            } finally {
                if (system instanceof AutoCloseable) {
                    ((AutoCloseable) system).close();
                }
            }
        }

        private Command<M, S> pick(Source source, M model) {
            for (int attempt = 0; attempt < PRECONDITION_ATTEMPTS; attempt++) {
                Command<M, S> command = source.draw(commands.apply(model));
                if (command.precondition(model)) {
                    return command;
                }
            }
            return null; // nothing applies here: the sequence ends
        }

        private void checkInvariants(M model, S system, int step, Command<M, S> command) {
            invariants.forEach((description, holds) -> {
                if (!holds.test(model, system)) {
                    throw new AssertionError("'" + description + "' does not hold "
                            + (command == null ? "on the initial state" : "after step " + step + " (" + command + ")")
                            + "; model: " + model + ", system: " + system);
                }
            });
        }
    }
}
