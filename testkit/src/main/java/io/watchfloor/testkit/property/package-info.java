/**
 * The project's own property-based testing engine: {@link io.watchfloor.testkit.property.Gen
 * generators} that draw from a recorded choice sequence, a {@link
 * io.watchfloor.testkit.property.Property runner} with reproducible seeds and shrinking to a minimal
 * counterexample, statistics, and {@link io.watchfloor.testkit.property.Stateful stateful} tests of
 * command sequences against a model.
 *
 * <p>Shrinking works on the choice sequence, in the manner of Hypothesis, so every composed
 * generator shrinks without a hand-written shrinker. Only the JDK and JUnit's API are used.
 */
package io.watchfloor.testkit.property;
