package io.watchfloor.testkit.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.port.out.DutyStatus;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DutyStatus} must answer (ACCESS-09), for the shifts context's rota adapter and
 * any deployment's own: a person is on duty during their duty, half-open, and at no other time.
 */
@Tag("ACCESS-09")
public abstract class DutyStatusContract {

    /**
     * {@return a duty status in which {@code person} is on duty exactly during {@code duty} and nobody else ever is}
     *
     * @param person who is on duty
     * @param duty when
     */
    protected abstract DutyStatus dutyStatusWith(PersonId person, TimeRange duty);

    private static final Instant EIGHT = AccessSamples.MONDAY_8AM;

    @Test
    @DisplayName("a person is on duty from the first instant of their duty to just before its end")
    void duringTheDuty() {
        PersonId li = PersonId.newId();
        TimeRange day = TimeRange.starting(EIGHT, Duration.ofHours(12));
        DutyStatus duty = dutyStatusWith(li, day);

        assertTrue(duty.isOnDuty(li, EIGHT));
        assertTrue(duty.isOnDuty(li, EIGHT.plus(Duration.ofHours(6))));
        assertTrue(duty.isOnDuty(li, day.end().minusNanos(1)));
        assertFalse(duty.isOnDuty(li, day.end()));
        assertFalse(duty.isOnDuty(li, EIGHT.minusNanos(1)));
    }

    @Test
    @DisplayName("somebody else is not on duty because one person is")
    void onlyThatPerson() {
        PersonId li = PersonId.newId();
        DutyStatus duty = dutyStatusWith(li, TimeRange.starting(EIGHT, Duration.ofHours(12)));

        assertFalse(duty.isOnDuty(PersonId.newId(), EIGHT.plus(Duration.ofHours(1))));
    }
}
