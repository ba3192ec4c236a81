package io.watchfloor.testkit.property;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Runs a trial for the configured tries, shrinks the first failure and reports. */
final class Engine {

    /** The most choices one generated test case may draw. */
    static final int GENERATION_BUDGET = 1 << 22;
    /** Sizes grow from 1 to this over a run. */
    static final int MAX_SIZE = 100;

    private Engine() {
    }

    static PropertyReport run(Settings settings, Trial trial) {
        long seed = settings.resolveSeed();
        int tries = settings.resolveTries();
        SplittableRandom master = new SplittableRandom(seed);
        Map<String, Integer> labels = new LinkedHashMap<>();
        Map<Object, Integer> collected = new LinkedHashMap<>();
        for (int index = 0; index < tries; index++) {
            int size = sizeFor(index, tries);
            RunContext context = RunContext.recording();
            Attempt attempt = execute(trial, Source.generating(master.split(), size, GENERATION_BUDGET), context);
            if (attempt.invalid()) {
                throw new AssertionError("Property '" + settings.name + "' could not generate try " + (index + 1)
                        + ": " + attempt.invalidReason + " (" + replayHint(settings, seed) + ")");
            }
            if (attempt.failed()) {
                throw failure(settings, trial, seed, index + 1, size, attempt);
            }
            context.labels.forEach(label -> labels.merge(label, 1, Integer::sum));
            context.collected.forEach(value -> collected.merge(value, 1, Integer::sum));
        }
        PropertyReport report = new PropertyReport(settings.name, seed, tries, labels, collected);
        settings.requiredShares.forEach((label, share) -> {
            if (report.share(label) < share) {
                throw new AssertionError(String.format(
                        "Property '%s': label '%s' was seen in %d of %d tries (%.1f%%), less than the required "
                                + "%.1f%% (%s)%n%s",
                        settings.name, label, report.labels().getOrDefault(label, 0), tries,
                        100.0 * report.share(label), 100.0 * share, replayHint(settings, seed), report));
            }
        });
        if (report.hasStatistics()) {
            System.out.println(report);
        }
        return report;
    }

    /** Sizes grow linearly from 1 on the first try to {@link #MAX_SIZE} on the last. */
    static int sizeFor(int index, int tries) {
        if (tries <= 1) {
            return MAX_SIZE;
        }
        return 1 + (int) ((long) index * (MAX_SIZE - 1) / (tries - 1));
    }

    static Attempt execute(Trial trial, Source source, RunContext context) {
        Throwable failure = null;
        RunContext previous = context.enter();
        try {
            trial.run(source);
        } catch (Source.Invalid invalid) {
            // recorded on the source
        } catch (VirtualMachineError error) {
            throw error;
        } catch (Throwable thrown) {
            failure = thrown;
        } finally {
            RunContext.restore(previous);
        }
        String invalidReason = source.invalidReason();
        return new Attempt(source.choices(), source.spans(), invalidReason == null ? failure : null, invalidReason);
    }

    private static PropertyFailure failure(Settings settings, Trial trial, long seed, int tryNumber, int size,
            Attempt original) {
        Attempt again = execute(trial, Source.replaying(original.choices, size, GENERATION_BUDGET),
                RunContext.ignoring());
        boolean reproducible = again.failed();
        Shrinker shrinker = new Shrinker(trial, size, original, settings.maxShrinkAttempts);
        Attempt minimal = reproducible ? shrinker.shrink() : original;
        Trial.Example first = trial.describe(original.choices, size);
        Trial.Example last = trial.describe(minimal.choices, size);
        Throwable cause = minimal.failure;
        String nl = System.lineSeparator();
        StringBuilder message = new StringBuilder()
                .append("Property '").append(settings.name).append("' failed on try ").append(tryNumber)
                .append(" of ").append(settings.resolveTries()).append(" with seed ").append(seed).append(nl)
                .append("  replay: ").append(replayHint(settings, seed)).append(nl)
                .append("  original counterexample: ").append(indent(first.text())).append(nl)
                .append("  minimal counterexample:  ").append(indent(last.text())).append(nl)
                .append("  shrink steps: ").append(shrinker.steps()).append(" (")
                .append(shrinker.attempts()).append(" attempts")
                .append(shrinker.exhausted() ? ", stopped at the limit" : "").append(')').append(nl);
        if (!reproducible) {
            message.append("  NOT SHRUNK: the failure did not happen again on the same choices; the property or "
                    + "its generators are not deterministic (clock, random numbers, state kept between tries?)")
                    .append(nl);
        }
        message.append("  cause: ").append(indent(String.valueOf(cause)));
        return new PropertyFailure(message.toString(), cause, settings.name, seed, tryNumber, first.text(),
                last.text(), last.values(), shrinker.steps());
    }

    static String replayHint(Settings settings, long seed) {
        String hint = settings.seed != null
                ? "the property sets .seed(" + seed + "L)"
                : "-D" + Settings.SEED_PROPERTY + "=" + seed + " or .seed(" + seed + "L)";
        if (settings.triesFromSystemProperty()) {
            hint += " with -D" + Settings.TRIES_PROPERTY + "=" + settings.resolveTries();
        }
        return hint;
    }

    private static String indent(String text) {
        return text.replace("\n", "\n    ");
    }
}
