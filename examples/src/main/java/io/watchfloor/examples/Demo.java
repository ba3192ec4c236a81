package io.watchfloor.examples;

import java.time.Duration;

/**
 * {@code demo}: plays a simulated week of the example centre on an accelerated clock and prints the
 * duty report. Run from the repository root with
 * {@code mvn -q -Pdemo -pl examples -am package -DskipTests}.
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        DemoWeek.Played played = DemoWeek.standard().play();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println(played.report().render());
        System.out.printf("(a week of %s ticks of %d min played in %d ms)%n",
                played.report().figure("week.ticks"), DemoWeek.TICK.toMinutes(), took.toMillis());
    }
}
