package io.watchfloor.testkit.recordings;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A logical clock for the in-memory recordings stores: every hold stored, reference opened or closed,
 * claim made and media deleted takes the next tick, so {@link RetentionLaws} can tell what came
 * before what when the settable clock stands still. Monotonic across the whole JVM.
 */
final class Ticks {

    private static final AtomicLong LAST = new AtomicLong();

    private Ticks() {
    }

    /** The next tick. */
    static long next() {
        return LAST.incrementAndGet();
    }
}
