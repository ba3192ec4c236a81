package io.watchfloor.shared;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Time-ordered UUIDs (RFC 9562, version 7): 48 bits of Unix milliseconds, then a 12-bit counter that
 * keeps ids from one process strictly increasing within a millisecond, then random bits. Ids sort by
 * creation time, which keeps database indexes compact.
 *
 * <p>Inside a {@link UnitOfWork} the ids come from the runtime's {@link IdSource} (the injected clock
 * and seed), so a replayed run makes the same ids; outside one (fixtures, tools) they are timed by the
 * wall clock. An id's time says when it was made, not when anything in the centre happened, so no rule
 * depends on it.
 */
public final class UuidV7 {

    private static final ThreadLocal<IdSource> BOUND = new ThreadLocal<>();
    private static long lastMillis;
    private static int counter;

    private UuidV7() {
    }

    /** A new, time-ordered UUID: from the id source of the unit of work running on this thread, if any. */
    public static UUID next() {
        IdSource bound = BOUND.get();
        if (bound != null) {
            return bound.next();
        }
        long millis;
        int seq;
        synchronized (UuidV7.class) {
            millis = Math.max(System.currentTimeMillis(), lastMillis);
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
            seq = counter;
        }
        return of(millis, seq, ThreadLocalRandom.current().nextLong());
    }

    /** Runs {@code work} with {@code ids} as the source of every new id made on this thread meanwhile. */
    static <T> T using(IdSource ids, Supplier<T> work) {
        IdSource outer = BOUND.get();
        BOUND.set(ids);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                BOUND.remove();
            } else {
                BOUND.set(outer);
            }
        }
    }

    /** The version-7 UUID with these parts; {@code randomBits} fills the 62 bits after the variant. */
    static UUID of(long unixMillis, int sequence, long randomBits) {
        long msb = (unixMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (sequence & 0xFFFL);
        long lsb = (randomBits & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /**
     * {@return the Unix milliseconds a version-7 UUID was made at}
     *
     * @param id a version-7 UUID
     */
    public static long unixMillis(UUID id) {
        if (id.version() != 7) {
            throw new IllegalArgumentException("not a version-7 UUID: " + id);
        }
        return id.getMostSignificantBits() >>> 16;
    }
}
