package io.watchfloor.testkit.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.recordings.AdoptedPolicy;
import io.watchfloor.recordings.RetentionPolicy;
import io.watchfloor.recordings.ShortageChoice;
import io.watchfloor.recordings.port.out.RetentionPolicies;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link RetentionPolicies} adapter must do. Extend it and supply a store with the given policy in force. */
public abstract class RetentionPoliciesContract {

    /** A new store with {@code initial} adopted at {@code adoptedAt}; called once per test. */
    protected abstract RetentionPolicies newPolicies(RetentionPolicy initial, Instant adoptedAt);

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");

    @Test
    @DisplayName("the policy adopted last is in force, and every policy stays in the history with all its numbers and when it was adopted")
    void adoptKeepsHistory() {
        RetentionPolicy first = RetentionPolicy.defaults(ShortageChoice.ALARM_ONLY);
        RetentionPolicy second = RetentionPolicy.builder("privacy", ShortageChoice.STOP_LEAST_IMPORTANT_CAMERAS)
                .ordinaryMinimum(Duration.ofDays(31)).importantMinimum(Duration.ofDays(91)).maximum(Duration.ofDays(180))
                .headroom(Duration.ofHours(36)).sweepBatchSize(250).build();
        RetentionPolicies policies = newPolicies(first, T0);
        assertEquals(first, policies.current());

        policies.adopt(second, T0.plus(Duration.ofDays(2)));

        assertEquals(second, policies.current());
        assertEquals(List.of(new AdoptedPolicy(first, T0), new AdoptedPolicy(second, T0.plus(Duration.ofDays(2)))), policies.history());
    }
}
