package io.watchfloor.recordings;

import io.watchfloor.shared.TimeRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A retention policy as adopted: the policy and the instant it was put in force (RET-08). A policy is
 * in force from its adoption until the next one's; the first one adopted also covers everything
 * recorded before it.
 */
public record AdoptedPolicy(RetentionPolicy policy, Instant adoptedAt) {

    public AdoptedPolicy {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(adoptedAt, "adoptedAt");
    }

    /**
     * The policies of {@code history} (oldest adoption first) in force at some instant of {@code recorded}:
     * the ones footage recorded then was recorded under (RET-08). Never empty when the history is not.
     */
    public static List<RetentionPolicy> inForceDuring(List<AdoptedPolicy> history, TimeRange recorded) {
        List<RetentionPolicy> inForce = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            boolean fromTheStart = i == 0 || history.get(i).adoptedAt().isBefore(recorded.end());
            boolean untilTheEnd = i == history.size() - 1 || history.get(i + 1).adoptedAt().isAfter(recorded.start());
            if (fromTheStart && untilTheEnd) {
                inForce.add(history.get(i).policy());
            }
        }
        if (inForce.isEmpty() && !history.isEmpty()) {
            inForce.add(history.get(history.size() - 1).policy());
        }
        return inForce;
    }
}
