package io.watchfloor.testkit.shifts;

import static io.watchfloor.testkit.shifts.ShiftsContractFixtures.MONDAY_8AM;
import static io.watchfloor.testkit.shifts.ShiftsContractFixtures.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.Version;
import io.watchfloor.shifts.Attendance;
import io.watchfloor.shifts.RotaId;
import io.watchfloor.shifts.port.out.Attendances;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link Attendances} adapter must do. Extend it and supply a fresh, empty store per test. */
public abstract class AttendancesContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract Attendances newAttendances();

    private static Attendance checkedIn(PersonId person, int hoursAfterMonday) {
        var duty = hours(MONDAY_8AM.plus(Duration.ofHours(hoursAfterMonday)), 8);
        return Attendance.checkIn(RotaId.newId(), person, Role.OPERATOR, duty, duty.start().minus(Duration.ofMinutes(15)), Duration.ofMinutes(10));
    }

    @Test
    @DisplayName("an attendance is found by person and duty start, and stays open until checked out")
    void storesFindsAndCloses() {
        Attendances attendances = newAttendances();
        PersonId li = PersonId.newId();
        Attendance stored = attendances.save(checkedIn(li, 0));

        assertEquals(new Version(1), stored.version());
        assertEquals(stored, attendances.find(li, MONDAY_8AM).orElseThrow());
        assertEquals(List.of(stored), attendances.open());

        Attendance out = attendances.save(stored.checkOut(MONDAY_8AM.plus(Duration.ofHours(8)), false));

        assertEquals(new Version(2), out.version());
        assertTrue(attendances.open().isEmpty());
        assertTrue(attendances.find(PersonId.newId(), MONDAY_8AM).isEmpty());
    }

    @Test
    @DisplayName("a stale update is a concurrent modification and changes nothing")
    void staleUpdate() {
        Attendances attendances = newAttendances();
        Attendance stored = attendances.save(checkedIn(PersonId.newId(), 0));
        attendances.save(stored.extend(MONDAY_8AM.plus(Duration.ofHours(8))));

        assertThrows(ConcurrentModification.class, () -> attendances.save(stored.checkOut(MONDAY_8AM.plus(Duration.ofHours(9)), false)));
        assertTrue(attendances.open().get(0).wasExtended());
    }

    @Test
    @DisplayName("attendances are listed by the overlap of their duty, ordered by duty start")
    void during() {
        Attendances attendances = newAttendances();
        Attendance late = attendances.save(checkedIn(PersonId.newId(), 16));
        Attendance early = attendances.save(checkedIn(PersonId.newId(), 0));

        assertEquals(List.of(early, late), attendances.during(hours(MONDAY_8AM, 24)));
        assertEquals(List.of(late), attendances.during(hours(MONDAY_8AM.plus(Duration.ofHours(20)), 1)));
    }
}
