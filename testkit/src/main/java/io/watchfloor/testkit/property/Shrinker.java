package io.watchfloor.testkit.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shrinks a failing test case by editing its choice sequence and replaying the trial.
 *
 * <p>A candidate is kept when it fails with the same type of exception and the choices it consumed
 * are simpler in shortlex order: fewer choices, or as many and lexicographically smaller. That
 * order is well-founded, so shrinking ends; an attempt limit bounds its cost. The passes, repeated
 * until none makes progress:
 * <ol>
 *   <li>delete spans (a generator's draws, a collection element with its "another?" choice),
 *       from the end, extending a deletion over preceding siblings exponentially;</li>
 *   <li>delete blocks of 8, 4, 2 and 1 choices, whatever their structure;</li>
 *   <li>set each span's choices to 0;</li>
 *   <li>minimise each choice: 0, else a binary search between 0 and its value;</li>
 *   <li>move value between nearby choices (turns {@code [51, 50]} into {@code [0, 101]});</li>
 *   <li>swap adjacent sibling spans of equal length into ascending order.</li>
 * </ol>
 */
final class Shrinker {

    private static final int[] BLOCKS = {8, 4, 2, 1};
    private static final int REDISTRIBUTE_WINDOW = 32;
    private static final int REDISTRIBUTE_PARTNERS = 4;
    private static final int REDISTRIBUTE_NEAR = 4;

    private final Trial trial;
    private final int size;
    private final Class<? extends Throwable> failureType;
    private final int maxAttempts;
    private final Set<Long> tried = new HashSet<>();
    private Attempt best;
    private int steps;
    private int attempts;

    Shrinker(Trial trial, int size, Attempt failing, int maxAttempts) {
        this.trial = trial;
        this.size = size;
        this.failureType = failing.failure.getClass();
        this.maxAttempts = maxAttempts;
        this.best = failing;
    }

    Attempt shrink() {
        boolean progress = true;
        while (progress && !exhausted()) {
            progress = deleteSpans();
            progress |= deleteBlocks();
            progress |= zeroSpans();
            progress |= minimiseChoices();
            progress |= redistribute();
            progress |= sortSiblings();
        }
        return best;
    }

    int steps() {
        return steps;
    }

    int attempts() {
        return attempts;
    }

    boolean exhausted() {
        return attempts >= maxAttempts;
    }

    /** Replays the candidate; keeps it as the best if it fails the same way and is simpler. */
    private boolean consider(long[] candidate) {
        if (exhausted() || !simpler(candidate, best.choices) || !tried.add(hash(candidate))) {
            return false;
        }
        attempts++;
        Attempt attempt = Engine.execute(trial, Source.replaying(candidate, size, best.choices.length),
                RunContext.ignoring());
        if (attempt.failed() && attempt.failure.getClass() == failureType && simpler(attempt.choices, best.choices)) {
            best = attempt;
            steps++;
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- passes

    private boolean deleteSpans() {
        boolean progress = false;
        int cursorStart = Integer.MAX_VALUE;
        int cursorLength = Integer.MAX_VALUE;
        while (!exhausted()) {
            int[][] spans = best.spans;
            int next = -1;
            for (int i = 0; i < spans.length; i++) {
                int start = spans[i][0];
                int length = spans[i][1] - start;
                boolean before = start < cursorStart || (start == cursorStart && length < cursorLength);
                if (before && length > 0 && (next < 0 || start > spans[next][0]
                        || (start == spans[next][0] && length > spans[next][1] - spans[next][0]))) {
                    next = i;
                }
            }
            if (next < 0) {
                return progress;
            }
            int start = spans[next][0];
            int end = spans[next][1];
            cursorStart = start;
            cursorLength = end - start;
            long[] base = best.choices;
            if (consider(delete(base, start, end))) {
                progress = true;
                cursorStart = deletePrecedingSiblings(spans, next, delete(base, start, end));
                cursorLength = 0;
            }
        }
        return progress;
    }

    /**
     * After span {@code deleted} went, tries to delete runs of the siblings before it as well, growing the
     * run exponentially and then searching for the longest run that still fails. Answers where the
     * deleted region now starts.
     */
    private int deletePrecedingSiblings(int[][] spans, int deleted, long[] base) {
        List<int[]> before = new ArrayList<>();
        int parent = spans[deleted][2];
        for (int[] span : spans) {
            if (span[2] == parent && span[1] <= spans[deleted][0] && span[1] > span[0]) {
                before.add(span);
            }
        }
        before.sort((a, b) -> Integer.compare(b[0], a[0])); // nearest first
        if (before.isEmpty()) {
            return spans[deleted][0];
        }
        int end = before.get(0)[1];
        int good = 0;
        int bad = -1;
        for (int run = 1; run <= before.size(); run *= 2) {
            if (consider(delete(base, before.get(run - 1)[0], end))) {
                good = run;
            } else {
                bad = run;
                break;
            }
        }
        if (bad < 0 && good < before.size()) {
            if (consider(delete(base, before.get(before.size() - 1)[0], end))) {
                good = before.size();
            } else {
                bad = before.size();
            }
        }
        while (bad > good + 1) {
            int middle = (good + bad) >>> 1;
            if (consider(delete(base, before.get(middle - 1)[0], end))) {
                good = middle;
            } else {
                bad = middle;
            }
        }
        return good == 0 ? spans[deleted][0] : before.get(good - 1)[0];
    }

    private boolean deleteBlocks() {
        boolean progress = false;
        for (int block : BLOCKS) {
            for (int start = best.choices.length - block; start >= 0 && !exhausted(); start--) {
                if (start + block <= best.choices.length && consider(delete(best.choices, start, start + block))) {
                    progress = true;
                }
            }
        }
        return progress;
    }

    private boolean zeroSpans() {
        boolean progress = false;
        for (int i = 0; i < best.spans.length && !exhausted(); i++) {
            int start = best.spans[i][0];
            int end = Math.min(best.spans[i][1], best.choices.length);
            if (start < end && !allZero(best.choices, start, end)) {
                long[] candidate = best.choices.clone();
                Arrays.fill(candidate, start, end, 0);
                progress |= consider(candidate);
            }
        }
        return progress;
    }

    private boolean minimiseChoices() {
        boolean progress = false;
        for (int i = 0; i < best.choices.length && !exhausted(); i++) {
            long value = best.choices[i];
            if (value == 0) {
                continue;
            }
            if (consider(with(best.choices, i, 0))) {
                progress = true;
                continue;
            }
            long low = 0; // does not fail
            long high = value; // fails
            while (high - low > 1 && !exhausted() && i < best.choices.length) {
                long middle = low + (high - low) / 2;
                if (consider(with(best.choices, i, middle))) {
                    high = middle;
                    progress = true;
                } else {
                    low = middle;
                }
            }
        }
        return progress;
    }

    private boolean redistribute() {
        boolean progress = false;
        for (int i = 0; i < best.choices.length && !exhausted(); i++) {
            int partners = 0;
            for (int j = i + 1; j < best.choices.length && j <= i + REDISTRIBUTE_WINDOW
                    && partners < REDISTRIBUTE_PARTNERS && best.choices[i] != 0; j++) {
                if (best.choices[j] == 0) {
                    // a zero partner next to it: try moving everything only (turns [1, 0] into [0, 1])
                    if (j - i <= REDISTRIBUTE_NEAR) {
                        long[] base = best.choices;
                        progress |= consider(moved(base, i, j, base[i], 0, base[i]));
                    }
                    continue;
                }
                partners++;
                progress |= move(i, j);
            }
        }
        return progress;
    }

    /** Moves as much as it can from choice {@code i} to choice {@code j} while the case still fails. */
    private boolean move(int i, int j) {
        long[] base = best.choices;
        long from = base[i];
        long to = base[j];
        if (consider(moved(base, i, j, from, to, from))) {
            return true;
        }
        long good = 0; // moving this much still fails
        long bad = from; // moving this much does not
        while (bad - good > 1 && !exhausted()) {
            long middle = good + (bad - good) / 2;
            if (consider(moved(base, i, j, from, to, middle))) {
                good = middle;
            } else {
                bad = middle;
            }
        }
        return good > 0;
    }

    private boolean sortSiblings() {
        boolean progress = false;
        int[][] spans = best.spans;
        for (int a = 0; a < spans.length && !exhausted(); a++) {
            for (int b = 0; b < spans.length; b++) {
                if (spans[b][2] == spans[a][2] && spans[b][0] == spans[a][1]
                        && spans[b][1] - spans[b][0] == spans[a][1] - spans[a][0] && spans[a][1] > spans[a][0]) {
                    long[] candidate = swapped(best.choices, spans[a][0], spans[b][0], spans[a][1] - spans[a][0]);
                    if (candidate != null && consider(candidate)) {
                        progress = true;
                        spans = best.spans;
                    }
                    break;
                }
            }
        }
        return progress;
    }

    // ---------------------------------------------------------------- sequences

    static boolean simpler(long[] candidate, long[] current) {
        if (candidate.length != current.length) {
            return candidate.length < current.length;
        }
        return Arrays.compare(candidate, current) < 0;
    }

    private static long[] delete(long[] choices, int start, int end) {
        long[] result = new long[choices.length - (end - start)];
        System.arraycopy(choices, 0, result, 0, start);
        System.arraycopy(choices, end, result, start, choices.length - end);
        return result;
    }

    private static long[] with(long[] choices, int index, long value) {
        long[] result = choices.clone();
        result[index] = value;
        return result;
    }

    private static long[] moved(long[] choices, int i, int j, long from, long to, long amount) {
        long[] result = choices.clone();
        result[i] = from - amount;
        result[j] = to > Long.MAX_VALUE - amount ? Long.MAX_VALUE : to + amount;
        return result;
    }

    /** The choices with the blocks at {@code a} and {@code b} swapped, or null when that is not simpler. */
    private static long[] swapped(long[] choices, int a, int b, int length) {
        if (b + length > choices.length
                || Arrays.compare(choices, a, a + length, choices, b, b + length) <= 0) {
            return null;
        }
        long[] result = choices.clone();
        System.arraycopy(choices, b, result, a, length);
        System.arraycopy(choices, a, result, b, length);
        return result;
    }

    private static boolean allZero(long[] choices, int start, int end) {
        for (int i = start; i < end; i++) {
            if (choices[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static long hash(long[] choices) {
        long hash = 0xcbf29ce484222325L ^ choices.length;
        for (long choice : choices) {
            hash ^= choice;
            hash *= 0x100000001b3L;
            hash ^= hash >>> 29;
        }
        return hash;
    }
}
