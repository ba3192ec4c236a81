package io.watchfloor.shared;

import java.time.Clock;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Where new ids come from: time-ordered version-7 UUIDs whose time is read from the centre's injected
 * {@link Clock} and whose random bits come from a seed, so two runs with the same clock and seed make
 * the same ids. {@link Runtime} carries one; use cases make ids through it (see {@link UnitOfWork}).
 */
public final class IdSource {

    private final Clock clock;
    private final SplittableRandom random;
    private long lastMillis = Long.MIN_VALUE;
    private int counter;

    private IdSource(Clock clock, long seed) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = new SplittableRandom(seed);
    }

    /** Ids timed by {@code clock}, their random bits drawn from {@code seed}: the same seed gives the same ids. */
    public static IdSource seeded(Clock clock, long seed) {
        return new IdSource(clock, seed);
    }

    /** Ids timed by {@code clock}, with a fresh random seed: for deployments, where nobody replays a run. */
    public static IdSource random(Clock clock) {
        return new IdSource(clock, new java.security.SecureRandom().nextLong());
    }

    /**
     * The next id: the clock's milliseconds (never going back, even when the clock does), a 12-bit
     * counter that keeps ids made within one millisecond in order, then seeded random bits.
     */
    public synchronized UUID next() {
        long millis = Math.max(clock.millis(), lastMillis);
        if (millis == lastMillis) {
            counter++;
            if (counter > 0xFFF) {
                millis++;
                counter = 0;
            }
        } else {
            counter = 0;
        }
        lastMillis = millis;
        return UuidV7.of(millis, counter, random.nextLong());
    }
}
