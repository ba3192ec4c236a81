package io.watchfloor.shifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.port.in.RecordCleaning;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("SHIFT-08")
@DisplayName("SHIFT-08: each shift records its cleaning duty and the state of the room")
class CleaningDutyTest {

    private final DutyFixtures week = new DutyFixtures();

    @Test
    @DisplayName("someone on the shift records it once; a second record is refused; shifts without one are found")
    void oncePerShift() {
        week.centre.clock.set(week.at("15:30"));

        CleaningRecord record = week.centre.shifts.recordCleaning().record(
                new RecordCleaning.Command(week.dayOperator, CleaningRecord.RoomState.NEEDS_ATTENTION, "bin by desk 2 overflowing"));
        RuleViolation twice = assertThrows(RuleViolation.class, () -> week.centre.shifts.recordCleaning().record(
                new RecordCleaning.Command(week.dayLeader, CleaningRecord.RoomState.TIDY, "")));
        week.centre.clock.set(week.at("16:00").plusSeconds(8 * 3600));
        List<TimeRange> missing = week.centre.shifts.recordCleaning().shiftsWithoutCleaning(week.at("00:00"), week.at("16:00").plusSeconds(9 * 3600));

        assertEquals(new TimeRange(week.eightAm, week.fourPm), record.shift());
        assertEquals("SHIFT-08", twice.ruleId());
        assertEquals(List.of(new TimeRange(week.at("00:00"), week.eightAm), new TimeRange(week.fourPm, week.at("16:00").plusSeconds(8 * 3600))), missing);
    }

    @Test
    @DisplayName("someone off duty may not record it; a room needing attention needs a note")
    void refused() {
        week.centre.clock.set(week.at("15:30"));

        RuleViolation offDuty = assertThrows(RuleViolation.class, () -> week.centre.shifts.recordCleaning().record(
                new RecordCleaning.Command(week.eveningOperator, CleaningRecord.RoomState.TIDY, "")));
        InvalidCommand noNote = assertThrows(InvalidCommand.class, () -> week.centre.shifts.recordCleaning().record(
                new RecordCleaning.Command(week.dayOperator, CleaningRecord.RoomState.NEEDS_ATTENTION, "")));

        assertEquals("SHIFT-08", offDuty.ruleId());
        assertEquals("note", noNote.errors().get(0).field());
        assertTrue(week.centre.stores.cleaning().of(new TimeRange(week.eightAm, week.fourPm)).isEmpty());
    }
}
