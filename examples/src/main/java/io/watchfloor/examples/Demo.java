package io.watchfloor.examples;

import java.io.PrintStream;
import java.time.Duration;

/**
 * {@code demo}: plays a simulated week of the example centre on an accelerated clock and prints the
 * duty report. Run from the repository root with
 * {@code mvn -q -Pdemo -pl examples -am package -DskipTests}. {@code --seed=N} draws the ids from
 * another seed; two runs with the same seed print the same report (the time it took goes to stderr).
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) {
        long seed = DemoWeek.SEED;
        for (String arg : args) {
            if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(arg.substring("--seed=".length()));
            }
        }
        long started = System.nanoTime();
        DemoWeek.Played played = play(seed, System.out);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.err.printf("(a week of %s ticks of %d min played in %d ms)%n",
                played.report().figure("week.ticks"), DemoWeek.TICK.toMinutes(), took.toMillis());
    }

    /** Plays the standard week with ids drawn from {@code seed} and prints its report to {@code out}. */
    public static DemoWeek.Played play(long seed, PrintStream out) {
        DemoWeek.Played played = DemoWeek.standard().play(seed);
        out.println(played.report().render());
        return played;
    }
}
