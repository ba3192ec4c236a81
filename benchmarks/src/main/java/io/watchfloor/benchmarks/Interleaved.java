package io.watchfloor.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Runs a baseline and its candidates in turns inside one JVM, so that a ratio compares code
 * measured under the same load, heap and JIT state, not in forks minutes apart. Every round runs
 * each contender for one turn (at least {@code turnMillis}, at least one call), the order
 * reversed every other round (ABBA) so that a drift in load favours nobody. Warm-up rounds are
 * run and thrown away. The report gives, per contender, the median and the range of its ns per
 * operation over the rounds, and the median and the range of its per-round ratio to the
 * baseline (baseline ns / contender ns: above 1 is faster than the baseline). Beside the wall-clock
 * time it gives the measuring thread's CPU time per operation (median): on a shared machine, where
 * the thread waits for a core much of the time, that is the closer figure of what the code costs.
 */
final class Interleaved {

    /** One side of a comparison: {@code operations} operations per call of {@code call}. */
    record Contender(String name, long operations, Callable<Object> call) {
    }

    /** What one contender measured: wall-clock and CPU ns per operation in each round, in order. */
    record Figures(String name, double[] nanosPerOperation, double[] cpuNanosPerOperation) {

        double median() {
            return Interleaved.median(nanosPerOperation);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final int warmupRounds;
    private final int rounds;
    private final long turnMillis;
    /** Keeps the results alive so that the JIT cannot drop the work. */
    private int sink;

    Interleaved(int warmupRounds, int rounds, long turnMillis) {
        if (warmupRounds < 0 || rounds < 1 || turnMillis < 1) {
            throw new IllegalArgumentException("need warmupRounds >= 0, rounds >= 1 and turnMillis >= 1");
        }
        this.warmupRounds = warmupRounds;
        this.rounds = rounds;
        this.turnMillis = turnMillis;
    }

    /** Measures the contenders, the first being the baseline, and prints the report under {@code title}. */
    List<Figures> run(String title, List<Contender> contenders) throws Exception {
        double[][] figures = new double[contenders.size()][rounds];
        double[][] cpu = new double[contenders.size()][rounds];
        for (int round = -warmupRounds; round < rounds; round++) {
            for (int k = 0; k < contenders.size(); k++) {
                int index = Math.floorMod(round, 2) == 0 ? k : contenders.size() - 1 - k;
                double[] nanos = turn(contenders.get(index));
                if (round >= 0) {
                    figures[index][round] = nanos[0];
                    cpu[index][round] = nanos[1];
                }
            }
        }
        List<Figures> result = new ArrayList<>();
        for (int k = 0; k < contenders.size(); k++) {
            result.add(new Figures(contenders.get(k).name(), figures[k], cpu[k]));
        }
        print(title, result);
        return result;
    }

    /** Runs one turn; returns the wall-clock and the CPU ns per operation. */
    private double[] turn(Contender c) throws Exception {
        long calls = 0;
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + turnMillis * 1_000_000;
        long now;
        do {
            sink += System.identityHashCode(c.call().call());
            calls++;
            now = System.nanoTime();
        } while (now < end);
        double operations = calls * (double) c.operations();
        return new double[] {(now - start) / operations, (THREADS.getCurrentThreadCpuTime() - cpuStart) / operations};
    }

    private void print(String title, List<Figures> result) {
        double[] baseline = result.get(0).nanosPerOperation();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n%s: %d rounds after %d warm-up, turns of %d ms, order reversed every other round (sink %d)%n",
                title, rounds, warmupRounds, turnMillis, sink & 1));
        out.append("| contender | ns/op median | ns/op min-max | CPU ns/op median | vs baseline, median | vs baseline, min-max |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Figures f : result) {
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = baseline[r] / f.nanosPerOperation()[r];
            }
            out.append(String.format(Locale.ROOT, "| %s | %s | %s-%s | %s | %s | %s-%s |%n", f.name(), number(f.median()),
                    number(min(f.nanosPerOperation())), number(max(f.nanosPerOperation())), number(median(f.cpuNanosPerOperation())),
                    ratio(median(ratios)), ratio(min(ratios)), ratio(max(ratios))));
        }
        System.out.print(out);
        System.out.flush();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }

    private static String number(double nanos) {
        return nanos >= 100 ? String.format(Locale.ROOT, "%,.0f", nanos) : String.format(Locale.ROOT, "%.1f", nanos);
    }

    private static String ratio(double r) {
        return r >= 10 ? String.format(Locale.ROOT, "%,.0f", r) : String.format(Locale.ROOT, "%.2f", r);
    }
}
