package io.watchfloor.testkit.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.recordings.RetentionPolicy;
import io.watchfloor.recordings.ShortageChoice;
import io.watchfloor.recordings.port.out.RetentionPolicies;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link RetentionPolicies} adapter must do. Extend it and supply a store with the given policy in force. */
public abstract class RetentionPoliciesContract {

    /**
     * {@return a new store with {@code initial} in force; called once per test}
     *
     * @param initial the policy in force at first
     */
    protected abstract RetentionPolicies newPolicies(RetentionPolicy initial);

    @Test
    @DisplayName("the policy adopted last is in force, and every policy stays in the history with all its numbers")
    void adoptKeepsHistory() {
        RetentionPolicy first = RetentionPolicy.defaults(ShortageChoice.ALARM_ONLY);
        RetentionPolicy second = RetentionPolicy.builder("privacy", ShortageChoice.STOP_LEAST_IMPORTANT_CAMERAS)
                .ordinaryMinimum(Duration.ofDays(31)).importantMinimum(Duration.ofDays(91)).maximum(Duration.ofDays(180))
                .headroom(Duration.ofHours(36)).sweepBatchSize(250).build();
        RetentionPolicies policies = newPolicies(first);
        assertEquals(first, policies.current());

        policies.adopt(second);

        assertEquals(second, policies.current());
        assertEquals(List.of(first, second), policies.history());
    }
}
