package io.watchfloor.testkit.property;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * One step of a {@link Stateful} test: it applies when its precondition holds on the model, runs
 * against the system under test, checks the system's answer (throwing when it is wrong) and
 * returns the model after the step. Its {@code toString} names it in failure reports, so make it
 * readable, or build it with {@link #of(String, Action)}.
 *
 * @param <M> the type of the model
 * @param <S> the type of the system under test
 */
public interface Command<M, S> {

    /**
     * Whether this command may run in the model's state; commands that may not are not run.
     *
     * @param model the model before the step
     * @return true by default
     */
    default boolean precondition(M model) {
        return true;
    }

    /**
     * Runs the command against the system, checks its postcondition, and gives the next model.
     *
     * @param model the model before the step
     * @param system the system under test
     * @return the model after the step
     * @throws Throwable when the system does not behave as the model says
     */
    M run(M model, S system) throws Throwable;

    /**
     * A named command that always applies.
     *
     * @param name how the command prints, e.g. {@code "push 3"}
     * @param action runs it, checks it and returns the next model
     * @param <M> the type of the model
     * @param <S> the type of the system under test
     * @return the command
     */
    static <M, S> Command<M, S> of(String name, Action<M, S> action) {
        return of(name, model -> true, action);
    }

    /**
     * A named command with a precondition.
     *
     * @param name how the command prints, e.g. {@code "take"}
     * @param precondition when it applies
     * @param action runs it, checks it and returns the next model
     * @param <M> the type of the model
     * @param <S> the type of the system under test
     * @return the command
     */
    static <M, S> Command<M, S> of(String name, Predicate<? super M> precondition, Action<M, S> action) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(precondition, "precondition");
        Objects.requireNonNull(action, "action");
        return new Command<>() {
            @Override
            public boolean precondition(M model) {
                return precondition.test(model);
            }

            @Override
            public M run(M model, S system) throws Throwable {
                return action.run(model, system);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /**
     * What a named command does.
     *
     * @param <M> the type of the model
     * @param <S> the type of the system under test
     */
    @FunctionalInterface
    interface Action<M, S> {
        /**
         * @param model the model before the step
         * @param system the system under test
         * @return the model after the step
         * @throws Throwable when the system does not behave as the model says
         */
        M run(M model, S system) throws Throwable;
    }
}
