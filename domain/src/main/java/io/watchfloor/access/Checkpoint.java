package io.watchfloor.access;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The access log's head at a moment, exported for safekeeping (ACCESS-04): how many entries the log
 * had and the hash of the last. Verifying the log against it detects entries cut off the end, which
 * the chain alone cannot. Written as one line of text ({@link #export()}).
 *
 * @param size how many entries the log had (0 for an empty log, whose head is {@link ChainHash#GENESIS})
 */
public record Checkpoint(long size, ChainHash head, Instant takenAt) {

    private static final Pattern LINE = Pattern.compile(
            "watchfloor-access-log-checkpoint v1 size=(\\d+) head=([0-9a-f]{64}) at=(\\S+)");

    public Checkpoint {
        if (size < 0) {
            throw new IllegalArgumentException("a checkpoint's size must not be negative, was " + size);
        }
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(takenAt, "takenAt");
        if (size == 0 && !head.equals(ChainHash.GENESIS)) {
            throw new IllegalArgumentException("the checkpoint of an empty log has the genesis head");
        }
    }

    /** One line of text to keep somewhere the log's keepers cannot change. */
    public String export() {
        return "watchfloor-access-log-checkpoint v1 size=" + size + " head=" + head.hex() + " at=" + takenAt;
    }

    /** The checkpoint from its exported line. */
    public static Checkpoint parse(String line) {
        Matcher m = LINE.matcher(Objects.requireNonNull(line, "line").strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an exported access-log checkpoint: " + line);
        }
        return new Checkpoint(Long.parseLong(m.group(1)), ChainHash.ofHex(m.group(2)), Instant.parse(m.group(3)));
    }
}
