package io.watchfloor.testkit.shifts;

import static io.watchfloor.testkit.shifts.ShiftsContractFixtures.MONDAY_8AM;
import static io.watchfloor.testkit.shifts.ShiftsContractFixtures.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shifts.CleaningRecord;
import io.watchfloor.shifts.port.out.CleaningRecords;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What every {@link CleaningRecords} adapter must do (SHIFT-08). Extend it and supply a fresh, empty store per test. */
@Tag("SHIFT-08")
public abstract class CleaningRecordsContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract CleaningRecords newCleaningRecords();

    @Test
    @DisplayName("one record per shift: found by the shift, a second one is refused")
    void onePerShift() {
        CleaningRecords records = newCleaningRecords();
        var day = hours(MONDAY_8AM, 8);
        CleaningRecord tidy = new CleaningRecord(day, PersonId.newId(), CleaningRecord.RoomState.TIDY, "", MONDAY_8AM.plusSeconds(3600));
        records.add(tidy);

        assertEquals(tidy, records.of(day).orElseThrow());
        assertThrows(ConcurrentModification.class, () -> records.add(new CleaningRecord(day, PersonId.newId(),
                CleaningRecord.RoomState.NEEDS_ATTENTION, "bin full", MONDAY_8AM.plusSeconds(7200))));
        assertEquals(CleaningRecord.RoomState.TIDY, records.of(day).orElseThrow().state());
        assertTrue(records.of(hours(MONDAY_8AM.plus(Duration.ofHours(8)), 8)).isEmpty());
    }

    @Test
    @DisplayName("records are listed by shift start")
    void during() {
        CleaningRecords records = newCleaningRecords();
        CleaningRecord evening = new CleaningRecord(hours(MONDAY_8AM.plus(Duration.ofHours(8)), 8), PersonId.newId(),
                CleaningRecord.RoomState.TIDY, null, MONDAY_8AM.plus(Duration.ofHours(9)));
        CleaningRecord day = new CleaningRecord(hours(MONDAY_8AM, 8), PersonId.newId(), CleaningRecord.RoomState.TIDY, null, MONDAY_8AM);
        records.add(evening);
        records.add(day);

        assertEquals(List.of(day, evening), records.during(hours(MONDAY_8AM, 24)));
        assertEquals(List.of(day), records.during(hours(MONDAY_8AM, 8)));
    }
}
