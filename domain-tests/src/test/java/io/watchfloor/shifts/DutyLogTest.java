package io.watchfloor.shifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
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
    /** A shift leader: the duty log is theirs to write on or off duty. */
    private final Person zhou = centre.leaders.get(0);

    private DutyLogEntry write(LocalDate day, String time, String text) {
        centre.clock.set(centre.at(day, time));
        return centre.shifts.writeDutyLog().write(new WriteDutyLog.Entry(zhou.id(), text));
    }

    @Test
    @DisplayName("a correction is a new entry pointing at the old one, which stays exactly as written")
    void corrections() {
        DutyLogEntry first = write(ShiftsFixtures.MONDAY, "08:05", "camera 12 dark at the market gate");
        centre.clock.set(centre.at(ShiftsFixtures.MONDAY, "08:20"));

        DutyLogEntry fix = centre.shifts.writeDutyLog().correct(new WriteDutyLog.Correction(zhou.id(), first.id(), "camera 21, not 12"));

        assertEquals(first, centre.stores.log().get(first.id()));
        assertEquals(first.id(), fix.corrects());
        assertEquals(List.of(1L, 2L), List.of(first.sequence(), fix.sequence()));
    }

    @Test
    @DisplayName("correcting an unknown entry is not found and appends nothing; a blank text names the field")
    void badInput() {
        write(ShiftsFixtures.MONDAY, "08:05", "took over");

        assertThrows(NotFound.class, () -> centre.shifts.writeDutyLog().correct(new WriteDutyLog.Correction(zhou.id(), DutyLogEntryId.newId(), "x")));
        InvalidCommand blank = assertThrows(InvalidCommand.class, () -> centre.shifts.writeDutyLog().write(new WriteDutyLog.Entry(zhou.id(), " ")));

        assertEquals("text", blank.errors().get(0).field());
        assertEquals(1, centre.stores.log().size());
    }

    @Test
    @DisplayName("the yearly archive holds the year's entries by the centre's clock: 31 Dec 23:30 in Shanghai is still that year")
    void yearlyArchive() {
        DutyLogEntry lastOf2026 = write(LocalDate.of(2026, 12, 31), "23:30", "quiet night");
        DutyLogEntry firstOf2027 = write(LocalDate.of(2027, 1, 1), "00:30", "fireworks seen on camera 4");
        centre.clock.set(centre.at(LocalDate.of(2027, 1, 1), "00:40"));
        centre.shifts.writeDutyLog().correct(new WriteDutyLog.Correction(zhou.id(), firstOf2027.id(), "fireworks on camera 5"));

        DutyLogArchive y2026 = centre.shifts.exportDutyLog().year(2026);
        DutyLogArchive y2027 = centre.shifts.exportDutyLog().year(2027);

        assertEquals(List.of(lastOf2026), y2026.entries());
        assertEquals(List.of("#1 Thu 2026-12-31 23:30 +08:00 Zhou Min: quiet night"), y2026.lines());
        assertEquals(2, y2027.entries().size());
        assertEquals("#3 Fri 2027-01-01 00:40 +08:00 Zhou Min: fireworks on camera 5 (corrects #2)", y2027.lines().get(1));
        assertEquals("year", assertThrows(InvalidCommand.class, () -> centre.shifts.exportDutyLog().year(1999)).errors().get(0).field());
    }

    @Test
    @DisplayName("only someone on duty, or a shift leader, writes the log: an operator off duty is refused and nothing is appended")
    void onlyWhoIsOnDutyWrites() {
        DutyFixtures week = new DutyFixtures();
        week.checkInAt(week.dayOperator, "07:45");
        PersonId offDuty = week.centre.operators.stream().map(Person::id)
                .filter(p -> !week.centre.shifts.findOnDuty().at(week.at("10:00")).includes(p)).findFirst().orElseThrow();
        week.centre.clock.set(week.at("10:00"));

        DutyLogEntry byTheOperator = week.centre.shifts.writeDutyLog().write(new WriteDutyLog.Entry(week.dayOperator, "camera 12 dark"));
        RuleViolation stranger = assertThrows(RuleViolation.class, () -> week.centre.shifts.writeDutyLog()
                .write(new WriteDutyLog.Entry(offDuty, "all fine here")));
        RuleViolation strangerCorrects = assertThrows(RuleViolation.class, () -> week.centre.shifts.writeDutyLog()
                .correct(new WriteDutyLog.Correction(offDuty, byTheOperator.id(), "camera 12 fine")));
        week.checkInAt(week.eveningOperator, "15:45");
        Handover handover = week.handOverAt(week.dayOperator, week.eveningOperator, "15:50");
        week.centre.clock.set(week.at("15:55"));
        week.centre.shifts.signHandover().sign(new io.watchfloor.shifts.port.in.SignHandover.Command(handover.id(), week.eveningOperator, List.of()));
        week.centre.shifts.checkOut().checkOut(new io.watchfloor.shifts.port.in.CheckOut.Command(week.dayOperator));
        week.centre.clock.set(week.at("20:00"));
        RuleViolation afterDuty = assertThrows(RuleViolation.class, () -> week.centre.shifts.writeDutyLog()
                .correct(new WriteDutyLog.Correction(week.dayOperator, byTheOperator.id(), "camera 21, not 12")));
        DutyLogEntry byALeader = week.centre.shifts.writeDutyLog().correct(new WriteDutyLog.Correction(week.dayLeader, byTheOperator.id(),
                "camera 21, not 12 (told by phone)"));

        assertEquals(List.of("SHIFT-07", "SHIFT-07", "SHIFT-07"), List.of(stranger.ruleId(), strangerCorrects.ruleId(), afterDuty.ruleId()));
        assertEquals(List.of(byTheOperator.id(), byALeader.id()), week.centre.stores.log().during(week.rota.horizon()).stream()
                .map(DutyLogEntry::id).toList());
    }
}
