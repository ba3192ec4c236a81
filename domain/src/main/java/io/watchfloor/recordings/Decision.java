package io.watchfloor.recordings;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the retention rules say about one segment at one instant: {@link Keep} with every reason, or
 * {@link Destroy}. A kept segment is <em>protected</em> while its retention runs (RET-03), a hold
 * covers it (RET-04) or an open case or investigation refers to it (RET-06); otherwise it only
 * awaits overwrite or its maximum, and storage pressure may overwrite it (RET-07).
 */
public sealed interface Decision {

    /** The segment decided. */
    SegmentId segment();

    /** Keep the segment, for these reasons (at least one). */
    record Keep(SegmentId segment, List<Reason> reasons) implements Decision {
        public Keep {
            Objects.requireNonNull(segment, "segment");
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a kept segment is kept for at least one reason");
            }
        }

        /** Whether a rule forbids destroying it: its retention runs, a hold covers it or a case refers to it. */
        public boolean isProtected() {
            return reasons.stream().anyMatch(Reason::protects);
        }

        /** Every reason as one sentence. */
        public String why() {
            return reasons.stream().map(Reason::sentence).collect(Collectors.joining("; "));
        }
    }

    /**
     * Destroy the segment: its retention ended at {@code keptUntil}, nothing protects it, and its
     * maximum retention was reached at {@code maximumReachedAt} (RET-09).
     */
    record Destroy(SegmentId segment, Instant keptUntil, Instant maximumReachedAt) implements Decision {
        public Destroy {
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(keptUntil, "keptUntil");
            Objects.requireNonNull(maximumReachedAt, "maximumReachedAt");
        }
    }

    /** Why a segment is kept. */
    sealed interface Reason {
        /** Whether this reason forbids destruction (everything but {@link AwaitingOverwrite}). */
        boolean protects();

        /** The reason as a sentence, with the rule ID. */
        String sentence();
    }

    /** RET-03: its retention has not ended. */
    record RetentionRunning(Instant until) implements Reason {
        @Override
        public boolean protects() {
            return true;
        }

        @Override
        public String sentence() {
            return "RET-03: kept until " + Format.WHEN.format(until);
        }
    }

    /** RET-04: a hold covers it. */
    record Held(HoldId hold, String description) implements Reason {
        @Override
        public boolean protects() {
            return true;
        }

        @Override
        public String sentence() {
            return "RET-04: held by " + description;
        }
    }

    /** RET-06: an open case or investigation refers to it. */
    record Referenced(EvidenceReference reference) implements Reason {
        @Override
        public boolean protects() {
            return true;
        }

        @Override
        public String sentence() {
            return "RET-06: referred to by " + reference.describe();
        }
    }

    /**
     * Its retention has ended and nothing protects it: storage pressure may overwrite it (RET-07), and
     * the sweep destroys it at {@code maximumAt} when the policy sets a maximum (RET-09).
     *
     * @param maximumAt when its maximum retention is reached, or {@code null} when the policy has none
     */
    record AwaitingOverwrite(Instant maximumAt) implements Reason {
        @Override
        public boolean protects() {
            return false;
        }

        @Override
        public String sentence() {
            return maximumAt == null
                    ? "RET-07: retention ended; kept until storage pressure overwrites it"
                    : "RET-09: retention ended; destroyed by the sweep from " + Format.WHEN.format(maximumAt)
                    + " unless storage pressure overwrites it first";
        }
    }

    /** Formats instants in decisions. */
    final class Format {
        static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

        private Format() {
        }
    }
}
