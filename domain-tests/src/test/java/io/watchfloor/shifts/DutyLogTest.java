package io.watchfloor.shifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.people.Person;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shifts.port.in.WriteDutyLog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("SHIFT-07")
@DisplayName("SHIFT-07: the duty log is append-only and archived per year")
class DutyLogTest {

    private final ShiftsFixtures centre = new ShiftsFixtures().withTeam();
    private final Person wang = centre.operators.get(1);

    private DutyLogEntry write(LocalDate day, String time, String text) {
        centre.clock.set(centre.at(day, time));
        return centre.shifts.writeDutyLog().write(new WriteDutyLog.Entry(wang.id(), text));
    }

    @Test
    @DisplayName("a correction is a new entry pointing at the old one, which stays exactly as written")
    void corrections() {
        DutyLogEntry first = write(ShiftsFixtures.MONDAY, "08:05", "camera 12 dark at the market gate");
        centre.clock.set(centre.at(ShiftsFixtures.MONDAY, "08:20"));

        DutyLogEntry fix = centre.shifts.writeDutyLog().correct(new WriteDutyLog.Correction(wang.id(), first.id(), "camera 21, not 12"));

        assertEquals(first, centre.stores.log().get(first.id()));
        assertEquals(first.id(), fix.corrects());
        assertEquals(List.of(1L, 2L), List.of(first.sequence(), fix.sequence()));
    }

    @Test
    @DisplayName("correcting an unknown entry is not found and appends nothing; a blank text names the field")
    void badInput() {
        write(ShiftsFixtures.MONDAY, "08:05", "took over");

        assertThrows(NotFound.class, () -> centre.shifts.writeDutyLog().correct(new WriteDutyLog.Correction(wang.id(), DutyLogEntryId.newId(), "x")));
        InvalidCommand blank = assertThrows(InvalidCommand.class, () -> centre.shifts.writeDutyLog().write(new WriteDutyLog.Entry(wang.id(), " ")));

        assertEquals("text", blank.errors().get(0).field());
        assertEquals(1, centre.stores.log().size());
    }

    @Test
    @DisplayName("the yearly archive holds the year's entries by the centre's clock: 31 Dec 23:30 in Shanghai is still that year")
    void yearlyArchive() {
        DutyLogEntry lastOf2026 = write(LocalDate.of(2026, 12, 31), "23:30", "quiet night");
        DutyLogEntry firstOf2027 = write(LocalDate.of(2027, 1, 1), "00:30", "fireworks seen on camera 4");
        centre.clock.set(centre.at(LocalDate.of(2027, 1, 1), "00:40"));
        centre.shifts.writeDutyLog().correct(new WriteDutyLog.Correction(wang.id(), firstOf2027.id(), "fireworks on camera 5"));

        DutyLogArchive y2026 = centre.shifts.exportDutyLog().year(2026);
        DutyLogArchive y2027 = centre.shifts.exportDutyLog().year(2027);

        assertEquals(List.of(lastOf2026), y2026.entries());
        assertEquals(List.of("#1 Thu 2026-12-31 23:30 +08:00 Wang Fang: quiet night"), y2026.lines());
        assertEquals(2, y2027.entries().size());
        assertEquals("#3 Fri 2027-01-01 00:40 +08:00 Wang Fang: fireworks on camera 5 (corrects #2)", y2027.lines().get(1));
        assertEquals("year", assertThrows(InvalidCommand.class, () -> centre.shifts.exportDutyLog().year(1999)).errors().get(0).field());
    }
}
