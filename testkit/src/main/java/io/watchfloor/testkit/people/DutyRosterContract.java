package io.watchfloor.testkit.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.port.out.DutyRoster;
import io.watchfloor.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DutyRoster} must answer (PEOPLE-03), for the shifts context's rota and any
 * deployment's own: the shift leader is on duty during their duty, half-open, and nobody leads outside it.
 */
@Tag("PEOPLE-03")
public abstract class DutyRosterContract {

    /** A roster in which {@code leader} leads the shift exactly during {@code duty} and nobody leads at any other time. */
    protected abstract DutyRoster rosterWith(PersonId leader, TimeRange duty);

    private static final Instant EIGHT = Instant.parse("2026-11-24T00:00:00Z");

    @Test
    @DisplayName("the shift leader leads from the first instant of the duty to just before its end")
    void duringTheDuty() {
        PersonId zhou = PersonId.newId();
        TimeRange day = TimeRange.starting(EIGHT, Duration.ofHours(12));
        DutyRoster roster = rosterWith(zhou, day);

        assertEquals(Optional.of(zhou), roster.shiftLeaderAt(EIGHT));
        assertEquals(Optional.of(zhou), roster.shiftLeaderAt(EIGHT.plus(Duration.ofHours(6))));
        assertEquals(Optional.of(zhou), roster.shiftLeaderAt(day.end().minusNanos(1)));
    }

    @Test
    @DisplayName("outside the duty nobody leads")
    void outsideTheDuty() {
        TimeRange day = TimeRange.starting(EIGHT, Duration.ofHours(12));
        DutyRoster roster = rosterWith(PersonId.newId(), day);

        assertEquals(Optional.empty(), roster.shiftLeaderAt(day.end()));
        assertEquals(Optional.empty(), roster.shiftLeaderAt(EIGHT.minusNanos(1)));
    }
}
