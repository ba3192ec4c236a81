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
 *       outermost first and from the end, extending a deletion over preceding siblings
 *       exponentially;</li>
 *   <li>delete blocks of 8, 4, 2 and 1 choices, whatever their structure (in sequences of up to
 *       1,024 choices);</li>
 *   <li>set each span's choices to 0, or replace it by as many zeros as it then consumes, and
 *       extend a zeroing over following siblings exponentially;</li>
 *   <li>minimise each choice: 0, else a binary search between 0 and its value;</li>
 *   <li>move value between nearby choices (turns {@code [51, 50]} into {@code [0, 101]});</li>
 *   <li>swap adjacent sibling spans of equal length into ascending order.</li>
 * </ol>
 */
final class Shrinker {

    private static final int[] BLOCKS = {8, 4, 2, 1};
    /** Blocks are deleted at every position only in sequences up to this long. */
    private static final int BLOCK_DELETION_LIMIT = 1024;
    private static final int REDISTRIBUTE_WINDOW = 32;
    private static final int REDISTRIBUTE_PARTNERS = 4;
    private static final int REDISTRIBUTE_NEAR = 4;

    private final Trial trial;
    private final int size;
    private final Class<? extends Throwable> failureType;
    private final int maxAttempts;
    private final Set<Long> tried = new HashSet<>();
    private Attempt best;
    /** The attempt {@link #consider} last replayed, or null when it replayed nothing. */
    private Attempt lastAttempt;
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
        return consider(candidate, hash(candidate));
    }

    /**
     * Considers {@code choices} with {@code [start, end)} replaced by {@code zeros} zeros, without
     * building it when it was tried before: large cases hold many equal candidates (deleting any of
     * many equal elements), and building each would cost as much as the sequence is long.
     */
    private boolean considerReplacing(long[] choices, int start, int end, int zeros) {
        long hash = hashReplacing(choices, start, end, zeros);
        if (tried.contains(hash)) {
            lastAttempt = null;
            return false;
        }
        long[] candidate = new long[choices.length - (end - start) + zeros];
        System.arraycopy(choices, 0, candidate, 0, start);
        System.arraycopy(choices, end, candidate, start + zeros, choices.length - end);
        return consider(candidate, hash);
    }

    private boolean consider(long[] candidate, long hash) {
        lastAttempt = null;
        if (exhausted() || !simpler(candidate, best.choices) || !tried.add(hash)) {
            return false;
        }
        attempts++;
        Attempt attempt = Engine.execute(trial, Source.replaying(candidate, size, best.choices.length),
                RunContext.ignoring());
        lastAttempt = attempt;
        if (attempt.failed() && attempt.failure.getClass() == failureType && simpler(attempt.choices, best.choices)) {
            best = attempt;
            steps++;
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- passes

    /**
     * Deletes spans level by level, outermost first, and within a level from the end backward, so
     * that whole elements go before their parts do.
     */
    private boolean deleteSpans() {
        boolean progress = false;
        int[][] order = best.spans.outermostFromTheEnd();
        int next = 0;
        while (next < order.length && !exhausted()) {
            int depth = order[next][0];
            int start = order[next][1];
            int end = order[next][2];
            next++;
            Spans spans = best.spans;
            long[] before = best.choices;
            if (considerReplacing(before, start, end, 0)) {
                long[] without = delete(before, start, end);
                progress = true;
                int from = deletePrecedingSiblings(spans, start, end, without);
                order = best.spans.outermostFromTheEnd();
                next = 0;
                while (next < order.length
                        && (order[next][0] == depth ? order[next][1] >= from : order[next][0] < depth)) {
                    next++; // what lies after on this level, and the levels above, have been tried
                }
            }
        }
        return progress;
    }

    /**
     * After the span {@code [start, end)} went, tries to delete runs of the siblings before it as
     * well, growing the run exponentially and then searching for the longest run that still fails.
     * Answers where the deleted region now starts.
     */
    private int deletePrecedingSiblings(Spans spans, int start, int end, long[] base) {
        int deleted = -1;
        for (int span = 0; span < spans.count() && deleted < 0; span++) {
            if (spans.start(span) == start && spans.end(span) == end) {
                deleted = span;
            }
        }
        List<Integer> before = new ArrayList<>(); // nearest first
        int[] siblings = spans.children(spans.parent(deleted));
        for (int i = siblings.length - 1; i >= 0; i--) {
            int sibling = siblings[i];
            if (spans.end(sibling) <= start && spans.length(sibling) > 0) {
                before.add(sibling);
            }
        }
        if (before.isEmpty()) {
            return start;
        }
        int runEnd = spans.end(before.get(0));
        int good = 0;
        int bad = -1;
        for (int run = 1; run <= before.size(); run *= 2) {
            if (considerReplacing(base, spans.start(before.get(run - 1)), runEnd, 0)) {
                good = run;
            } else {
                bad = run;
                break;
            }
        }
        if (bad < 0 && good < before.size()) {
            if (considerReplacing(base, spans.start(before.get(before.size() - 1)), runEnd, 0)) {
                good = before.size();
            } else {
                bad = before.size();
            }
        }
        while (bad > good + 1) {
            int middle = (good + bad) >>> 1;
            if (considerReplacing(base, spans.start(before.get(middle - 1)), runEnd, 0)) {
                good = middle;
            } else {
                bad = middle;
            }
        }
        return good == 0 ? start : spans.start(before.get(good - 1));
    }

    private boolean deleteBlocks() {
        if (best.choices.length > BLOCK_DELETION_LIMIT) {
            return false; // too costly: one replay per position; the span passes delete what has structure
        }
        boolean progress = false;
        for (int block : BLOCKS) {
            for (int start = best.choices.length - block; start >= 0 && !exhausted(); start--) {
                if (start + block <= best.choices.length && considerReplacing(best.choices, start, start + block, 0)) {
                    progress = true;
                }
            }
        }
        return progress;
    }

    /**
     * Sets each span's choices to 0; when that works, also zeroes runs of the siblings after it,
     * growing the run exponentially. See {@link #zeroRegion} for how zeroing stays aligned.
     */
    private boolean zeroSpans() {
        boolean progress = false;
        for (int span = 0; span < best.spans.count() && !exhausted(); span++) {
            Spans spans = best.spans;
            int start = spans.start(span);
            int end = Math.min(spans.end(span), best.choices.length);
            if (start >= end || allZero(best.choices, start, end)) {
                continue;
            }
            int[] siblings = spans.children(spans.parent(span));
            int first = Arrays.binarySearch(siblings, span);
            long[] base = best.choices;
            if (zeroRegion(base, spans, siblings, first, first)) {
                progress = true;
                int good = 0; // siblings after the first that were zeroed with it
                int bad = -1;
                int available = siblings.length - 1 - first;
                for (int run = 1; run <= available && bad < 0; run *= 2) {
                    if (zeroRegion(base, spans, siblings, first, first + run)) {
                        good = run;
                    } else {
                        bad = run;
                    }
                }
                if (bad < 0 && good < available) {
                    if (zeroRegion(base, spans, siblings, first, first + available)) {
                        good = available;
                    } else {
                        bad = available;
                    }
                }
                while (bad > good + 1) {
                    int middle = (good + bad) >>> 1;
                    if (zeroRegion(base, spans, siblings, first, first + middle)) {
                        good = middle;
                    } else {
                        bad = middle;
                    }
                }
            }
        }
        return progress;
    }

    /**
     * Sets to 0 the choices of the sibling spans {@code siblings[first..last]}. When their
     * generators then consume fewer choices (a choice between generators that now takes its first,
     * simpler option), the zeros left over would shift everything after them; so the region is
     * then replaced by just as many zeros as the siblings consumed, keeping what follows aligned.
     */
    private boolean zeroRegion(long[] base, Spans spans, int[] siblings, int first, int last) {
        int start = spans.start(siblings[first]);
        int end = Math.min(spans.end(siblings[last]), base.length);
        if (start >= end) {
            return false;
        }
        if (considerReplacing(base, start, end, end - start)) {
            return true;
        }
        Attempt zeros = lastAttempt;
        if (zeros == null) {
            return false;
        }
        int parent = spans.parent(siblings[first]);
        if (parent >= zeros.spans.count()) {
            return false;
        }
        int[] replayed = zeros.spans.children(parent);
        if (last >= replayed.length || zeros.spans.start(replayed[first]) != start) {
            return false;
        }
        int consumed = zeros.spans.end(replayed[last]);
        if (consumed >= end) {
            return false;
        }
        return considerReplacing(base, start, end, consumed - start);
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
        for (int a = 0; a < best.spans.count() && !exhausted(); a++) {
            Spans spans = best.spans;
            int[] siblings = spans.children(spans.parent(a));
            int position = Arrays.binarySearch(siblings, a);
            if (position < 0 || position + 1 >= siblings.length) {
                continue;
            }
            int b = siblings[position + 1];
            int length = spans.length(a);
            if (length > 0 && spans.start(b) == spans.end(a) && spans.length(b) == length) {
                long[] candidate = swapped(best.choices, spans.start(a), spans.start(b), length);
                if (candidate != null && consider(candidate)) {
                    progress = true;
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

    // ---------------------------------------------------------------- hashes of candidates

    /** A polynomial hash over mixed choices, so that the hash of an edited sequence needs no copy. */
    private static final long BASE = 0x100000001B3L;

    private long[] hashedChoices;
    private long[] prefixHashes;
    private long[] powers = {1};
    private long[] zeroHashes = {0};

    private static long hash(long[] choices) {
        long hash = 0;
        for (long choice : choices) {
            hash = hash * BASE + mix(choice);
        }
        return finish(hash, choices.length);
    }

    /** The hash of {@code choices} with {@code [start, end)} replaced by {@code zeros} zeros. */
    private long hashReplacing(long[] choices, int start, int end, int zeros) {
        if (hashedChoices != choices) {
            prefixHashes = new long[choices.length + 1];
            for (int i = 0; i < choices.length; i++) {
                prefixHashes[i + 1] = prefixHashes[i] * BASE + mix(choices[i]);
            }
            hashedChoices = choices;
        }
        int after = choices.length - end;
        long head = prefixHashes[start] * power(zeros) + zeroHash(zeros);
        long tail = prefixHashes[choices.length] - prefixHashes[end] * power(after);
        return finish(head * power(after) + tail, start + zeros + after);
    }

    private long power(int exponent) {
        if (exponent >= powers.length) {
            int old = powers.length;
            powers = Arrays.copyOf(powers, Math.max(exponent + 1, old * 2));
            for (int i = old; i < powers.length; i++) {
                powers[i] = powers[i - 1] * BASE;
            }
        }
        return powers[exponent];
    }

    private long zeroHash(int count) {
        if (count >= zeroHashes.length) {
            int old = zeroHashes.length;
            zeroHashes = Arrays.copyOf(zeroHashes, Math.max(count + 1, old * 2));
            for (int i = old; i < zeroHashes.length; i++) {
                zeroHashes[i] = zeroHashes[i - 1] * BASE + mix(0);
            }
        }
        return zeroHashes[count];
    }

    private static long mix(long choice) {
        long x = (choice + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 31);
    }

    private static long finish(long hash, int length) {
        return hash ^ (length * 0x94D049BB133111EBL);
    }
}
