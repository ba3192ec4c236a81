package io.watchfloor.shifts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.people.PersonId;
import io.watchfloor.shifts.port.in.CheckOut;
import io.watchfloor.shifts.port.in.RecordWatchTour;
import io.watchfloor.shifts.port.in.SignHandover;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("SHIFT-09")
@DisplayName("SHIFT-09: monthly attendance figures per person")
class MonthlyAttendanceTest {

    private final DutyFixtures week = new DutyFixtures();

    private MonthlyAttendance of(List<MonthlyAttendance> lines, PersonId person) {
        return lines.stream().filter(l -> l.person().equals(person)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("late arrivals, absences and missed tours are counted for the duties that ended in the month")
    void figures() {
        week.checkInAt(week.dayOperator, "08:10");
        week.centre.shifts.recordWatchTour().record(new RecordWatchTour.Command(week.dayOperator, week.at("08:10"), WatchTour.Source.MANUAL, ""));
        for (String t : List.of("08:40", "09:10", "09:40", "10:10", "10:40", "12:10", "12:40", "13:10", "13:40", "14:10", "14:40", "15:10", "15:40")) {
            week.centre.clock.set(week.at(t));
            week.centre.shifts.recordWatchTour().record(new RecordWatchTour.Command(week.dayOperator, week.at(t), WatchTour.Source.PLATFORM, ""));
        }
        week.checkInAt(week.eveningOperator, "15:45");
        Handover h = week.handOverAt(week.dayOperator, week.eveningOperator, "15:50");
        week.centre.clock.set(week.at("15:52"));
        week.centre.shifts.signHandover().sign(new SignHandover.Command(h.id(), week.eveningOperator, List.of()));
        week.centre.clock.set(week.at("16:01"));
        week.centre.shifts.checkOut().checkOut(new CheckOut.Command(week.dayOperator));
        week.centre.clock.set(week.at("16:00").plusSeconds(8 * 3600 + 60));

        List<MonthlyAttendance> november = week.centre.shifts.reportAttendance().month(YearMonth.of(2026, 11));

        MonthlyAttendance day = of(november, week.dayOperator);
        assertEquals(1, day.duties());
        assertEquals(1, day.lateArrivals());
        assertEquals(0, day.absences());
        assertEquals(2, day.missedTours(), "no tour from 10:40 to 12:10: the ones at 11:10 and 11:40 are missing");
        MonthlyAttendance evening = of(november, week.eveningOperator);
        assertEquals(0, evening.lateArrivals());
        assertEquals(15, evening.missedTours(), "no tours all evening: 8 h with a tour due every 30 min after the start");
        MonthlyAttendance dayLeader = of(november, week.dayLeader);
        assertEquals(1, dayLeader.absences(), "the day leader never checked in");
        assertEquals(0, dayLeader.missedTours());
    }

    @Test
    @DisplayName("an early leave and an extension for want of a relief are counted")
    void earlyLeavesAndExtensions() {
        ShiftsFixtures centre = new ShiftsFixtures(RotaPolicy.defaults(ShiftsFixtures.SHANGHAI)
                .withMinimumStaffing(java.util.Map.of(io.watchfloor.people.Role.SHIFT_LEADER, 1, io.watchfloor.people.Role.OPERATOR, 2))).withTeam();
        Rota rota = centre.publishedRota(1);
        List<PersonId> day = new java.util.ArrayList<>(centre.stores.rotas().get(rota.id()).at(centre.at(ShiftsFixtures.MONDAY, "08:00")).stream()
                .filter(a -> a.post() == io.watchfloor.people.Role.OPERATOR).map(Assignment::person).toList());
        day.add(centre.extraOperator(rota, centre.shift(ShiftsFixtures.MONDAY, "08:00", "16:00"), day));
        centre.clock.set(centre.at(ShiftsFixtures.MONDAY, "07:40"));
        day.forEach(p -> centre.shifts.checkIn().checkIn(new io.watchfloor.shifts.port.in.CheckIn.Command(p, true)));
        centre.clock.set(centre.at(ShiftsFixtures.MONDAY, "14:00"));
        centre.shifts.checkOut().checkOut(new CheckOut.Command(day.get(0)));
        centre.clock.set(centre.at(ShiftsFixtures.MONDAY, "16:00"));
        centre.shifts.watchForRelief().check();
        centre.clock.set(centre.at(ShiftsFixtures.MONDAY, "17:00"));

        List<MonthlyAttendance> november = centre.shifts.reportAttendance().month(YearMonth.of(2026, 11));

        assertEquals(1, of(november, day.get(0)).earlyLeaves());
        assertEquals(0, of(november, day.get(0)).extensions());
        assertEquals(1, of(november, day.get(1)).extensions());
        assertEquals(0, of(november, day.get(1)).earlyLeaves());
    }
}
