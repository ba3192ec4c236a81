package io.watchfloor.access;

/** The outcome of verifying the access log's hash chain (ACCESS-04). */
public sealed interface Verification {

    /** Whether the log is intact. */
    default boolean isIntact() {
        return this instanceof Intact;
    }

    /** Every entry's hash, sequence and link hold; {@code head} is the last entry's hash. */
    record Intact(long entries, ChainHash head) implements Verification {
    }

    /**
     * The chain breaks at the entry in {@code position} (1 for the first stored entry): everything
     * before it is intact; {@code reason} says what does not hold.
     */
    record Broken(long position, String reason) implements Verification {
    }

    /** The chain is intact but shorter than a checkpoint said it was: entries were cut off the end. */
    record Truncated(long checkpointSize, long entries) implements Verification {
    }
}
