package io.watchfloor.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * Measures the ratios benchmarks/README.md reports, each baseline and its candidates
 * {@link Interleaved interleaved} in this one JVM (start it with {@code -Xms} equal to
 * {@code -Xmx} and {@code -XX:+AlwaysPreTouch}; the bench profile does):
 * <pre>
 * Compare AccessLog [rounds] [turnMillis]
 * Compare Registration openCases [rounds] [turnMillis]
 * Compare DueWork openCases [rounds] [turnMillis]
 * </pre>
 * Each comparison builds its data with the JMH benchmark's own setup, so both tools measure the
 * same thing.
 */
public final class Compare {

    private Compare() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: Compare AccessLog|Registration|DueWork [openCases] [rounds] [turnMillis]");
        }
        String which = args[0].toLowerCase(Locale.ROOT);
        int at = 1;
        int size = 0;
        if (!which.equals("accesslog")) {
            size = Integer.parseInt(args[at++]);
        }
        int rounds = args.length > at ? Integer.parseInt(args[at++]) : 8;
        long turn = args.length > at ? Long.parseLong(args[at]) : 1_000;
        Interleaved interleaved = new Interleaved(2, rounds, turn);
        System.out.printf("JDK %s, %d processors, max heap %,d MB, load average at start %.1f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        switch (which) {
            case "accesslog" -> accessLog(interleaved);
            case "registration" -> registration(interleaved, size);
            case "duework" -> dueWork(interleaved, size);
            default -> throw new IllegalArgumentException("no comparison named " + args[0]);
        }
    }

    private static void accessLog(Interleaved interleaved) throws Exception {
        AccessLogBenchmark b = new AccessLogBenchmark();
        b.buildTheLog();
        int n = AccessLogBenchmark.ENTRIES;
        interleaved.run("Access log, per entry, 1,000,000 entries a call", List.of(
                new Interleaved.Contender("baselineRawSha256", n, b::baselineRawSha256),
                new Interleaved.Contender("verifyFromTheLog", n, b::verifyFromTheLog),
                new Interleaved.Contender("verifyStoredBytes", n, b::verifyStoredBytes),
                new Interleaved.Contender("append", n, () -> {
                    b.freshLog();
                    return b.append();
                })));
    }

    private static void registration(Interleaved interleaved, int openCases) throws Exception {
        RegistrationBenchmark b = new RegistrationBenchmark();
        b.openCases = openCases;
        b.fill();
        interleaved.run(String.format(Locale.ROOT, "Case registration with its repeat check, %,d open cases", openCases), List.of(
                new Interleaved.Contender("categoryScan", 1, b::categoryScan),
                new Interleaved.Contender("indexed", 1, b::indexed)));
        System.out.printf(Locale.ROOT, "%.0f %% of the measured registrations were linked as repeats%n", 100 * b.repeatShare());
    }

    private static void dueWork(Interleaved interleaved, int openCases) throws Exception {
        DueWorkBenchmark b = new DueWorkBenchmark();
        b.openCases = openCases;
        b.fill();
        interleaved.run(String.format(Locale.ROOT, "dueWork(now), 100 due among %,d open cases", openCases), List.of(
                new Interleaved.Contender("fullScan", 1, () -> b.fullScan(null)),
                new Interleaved.Contender("indexed", 1, () -> b.indexed(null))));
    }
}
