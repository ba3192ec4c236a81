package io.watchfloor.testkit.shifts;

import static io.watchfloor.testkit.shifts.ShiftsContractFixtures.MONDAY_8AM;
import static io.watchfloor.testkit.shifts.ShiftsContractFixtures.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shifts.DutyLogEntry;
import io.watchfloor.shifts.DutyLogEntryId;
import io.watchfloor.shifts.port.out.DutyLog;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What every {@link DutyLog} adapter must do (SHIFT-07). Extend it and supply a fresh, empty log per test. */
@Tag("SHIFT-07")
public abstract class DutyLogContract {

    /** {@return a new, empty log; called once per test} */
    protected abstract DutyLog newDutyLog();

    @Test
    @DisplayName("entries are numbered 1, 2, 3 in the order appended and read back unchanged")
    void appendsAndNumbers() {
        DutyLog log = newDutyLog();
        PersonId li = PersonId.newId();
        DutyLogEntry first = log.append(DutyLogEntry.write(MONDAY_8AM, li, "took over: quiet", null));
        DutyLogEntry second = log.append(DutyLogEntry.write(MONDAY_8AM.plus(Duration.ofMinutes(5)), li, "camera 12 dark", null));
        DutyLogEntry fix = log.append(DutyLogEntry.write(MONDAY_8AM.plus(Duration.ofMinutes(9)), li, "camera 21 dark, not 12", second.id()));

        assertEquals(List.of(1L, 2L, 3L), List.of(first.sequence(), second.sequence(), fix.sequence()));
        assertEquals(List.of(first, second, fix), log.during(hours(MONDAY_8AM, 1)));
        assertEquals(second, log.get(second.id()));
        assertEquals(second.id(), log.get(fix.id()).corrects());
        assertEquals(3, log.size());
    }

    @Test
    @DisplayName("appending the same entry twice is refused and the log keeps one copy")
    void noDuplicates() {
        DutyLog log = newDutyLog();
        DutyLogEntry entry = DutyLogEntry.write(MONDAY_8AM, PersonId.newId(), "took over", null);
        log.append(entry);

        assertThrows(ConcurrentModification.class, () -> log.append(entry));
        assertEquals(1, log.size());
        assertThrows(NotFound.class, () -> log.get(DutyLogEntryId.newId()));
    }
}
