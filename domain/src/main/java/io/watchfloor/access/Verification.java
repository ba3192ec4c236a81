package io.watchfloor.access;

/** The outcome of verifying the access log's hash chain (ACCESS-04). */
public sealed interface Verification {

    /** Whether the log is intact. */
    default boolean isIntact() {
        return this instanceof Intact;
    }

    /**
     * Every entry's hash, sequence and link hold; {@code head} is the last entry's hash. Verified against
     * signed checkpoints, the first {@code anchored} entries are vouched for by the latest valid one;
     * entries after it are held by the chain alone until the next checkpoint is signed.
     */
    record Intact(long entries, ChainHash head, long anchored) implements Verification {

        /** Intact as far as the chain or a kept checkpoint can tell, every entry counted as anchored. */
        public Intact(long entries, ChainHash head) {
            this(entries, head, entries);
        }
    }

    /**
     * Every entry's hash, sequence and link hold, but no signed checkpoint vouches for them: whoever can
     * write the log's store could have re-sealed it, so this is not "intact".
     */
    record Unanchored(long entries, ChainHash head) implements Verification {
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
