package io.watchfloor.recordings;

import java.util.List;
import java.util.Objects;

/**
 * One segment that still exists and why it is kept: the answer to "what footage of camera C between
 * t1 and t2 still exists, and why".
 */
public record Footage(Segment segment, Decision decision) {

    public Footage {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(decision, "decision");
    }

    /** The reasons it is kept; empty when the next sweep would destroy it. */
    public List<Decision.Reason> reasons() {
        return decision instanceof Decision.Keep keep ? keep.reasons() : List.of();
    }

    /** The holds that cover it. */
    public List<HoldId> holds() {
        return reasons().stream().filter(Decision.Held.class::isInstance).map(r -> ((Decision.Held) r).hold()).toList();
    }
}
