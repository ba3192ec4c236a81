package io.watchfloor.testkit.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that stands still until a test or a simulation moves it: {@link #advance} and
 * {@link #set}. Safe to share between threads. Hand it to every use case in place of the system clock.
 */
public final class SettableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    private SettableClock(Instant now, ZoneId zone) {
        this.now = Objects.requireNonNull(now, "now");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * {@return a clock standing at {@code now}, in UTC}
     *
     * @param now the instant it shows
     */
    public static SettableClock at(Instant now) {
        return new SettableClock(now, ZoneOffset.UTC);
    }

    /**
     * {@return a clock standing at {@code now}, in {@code zone}}
     *
     * @param now the instant it shows
     * @param zone its zone
     */
    public static SettableClock at(Instant now, ZoneId zone) {
        return new SettableClock(now, zone);
    }

    /**
     * Moves the clock forward (or back, with a negative amount) and returns the new instant.
     *
     * @param amount how far to move
     * @return the new instant
     */
    public Instant advance(Duration amount) {
        synchronized (this) {
            now = now.plus(amount);
            return now;
        }
    }

    /**
     * Sets the clock to {@code instant}, which may be earlier than now.
     *
     * @param instant the instant it shows from now on
     */
    public void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        SettableClock view = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId z) {
                return view.withZone(z);
            }

            @Override
            public Instant instant() {
                return view.instant();
            }
        };
    }

    @Override
    public String toString() {
        return "SettableClock[" + now + ", " + zone + "]";
    }
}
