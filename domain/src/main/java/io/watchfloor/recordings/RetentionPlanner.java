package io.watchfloor.recordings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Decides segments one by one at a fixed instant, under one policy, against a {@link ProtectionIndex}:
 * the plan of a sweep (RET-03, RET-06, RET-09) and the eligibility test of capacity pressure (RET-07).
 * Holds nothing per segment, so a sweep can stream any number of segments through it.
 */
public final class RetentionPlanner {

    private final RetentionPolicy policy;
    private final ProtectionIndex index;
    private final Instant at;

    public RetentionPlanner(RetentionPolicy policy, ProtectionIndex index, Instant at) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.index = Objects.requireNonNull(index, "index");
        this.at = Objects.requireNonNull(at, "at");
    }

    /** A planner over the holds in force at {@code at} and the given open references. */
    public static RetentionPlanner at(Instant at, RetentionPolicy policy, Collection<Hold> holds,
                                      Collection<EvidenceReference> references) {
        return new RetentionPlanner(policy, ProtectionIndex.of(holds, references, at), at);
    }

    /** The instant decisions are made for. */
    public Instant at() {
        return at;
    }

    /** The policy whose maximum applies. */
    public RetentionPolicy policy() {
        return policy;
    }

    /** Whether a rule forbids destroying {@code segment} now: retention running, held, or referenced. */
    public boolean isProtected(Segment segment) {
        return !segment.retentionEndedAt(at) || index.protects(segment.camera(), segment.range());
    }

    /** What the rules say about {@code segment} now. */
    public Decision decide(Segment segment) {
        boolean running = !segment.retentionEndedAt(at);
        if (!running && !index.protects(segment.camera(), segment.range())) {
            Instant maximumAt = policy.maximum() == null ? null : segment.range().end().plus(policy.maximum());
            if (maximumAt != null && !at.isBefore(maximumAt)) {
                return new Decision.Destroy(segment.id(), segment.keepUntil(), maximumAt);
            }
            return new Decision.Keep(segment.id(), List.of(new Decision.AwaitingOverwrite(maximumAt)));
        }
        List<Decision.Reason> reasons = new ArrayList<>();
        if (running) {
            reasons.add(new Decision.RetentionRunning(segment.keepUntil()));
        }
        reasons.addAll(index.reasons(segment.camera(), segment.range()));
        return new Decision.Keep(segment.id(), reasons);
    }
}
