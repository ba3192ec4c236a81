package io.watchfloor.examples.shifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.examples.Centre;
import io.watchfloor.examples.DemoWeek;
import io.watchfloor.examples.DutyReport;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.Assignment;
import io.watchfloor.shifts.Attendance;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.ShiftsEvent;
import io.watchfloor.shifts.WatchTour;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The duty shifts of the demo week")
class ShiftsWeekTest {

    private static DemoWeek.Played played;
    private static ShiftsWeek shifts;
    private static DutyReport report;
    private static Centre centre;
    private static final Instant END = DemoWeek.START.plus(DemoWeek.LENGTH);

    @BeforeAll
    static void play() {
        played = DemoWeek.standard().play();
        centre = played.centre();
        shifts = centre.part(ShiftsWeek.class);
        report = played.report();
    }

    private static int figure(String key) {
        return report.figure(key).intValue();
    }

    @Test
    @DisplayName("the published rota covers every minute of the week for both posts, and the report counts its duties")
    void rotaCoversTheWeek() {
        Rota rota = shifts.rota();
        assertTrue(rota.isPublished());
        for (Role post : List.of(Role.SHIFT_LEADER, Role.OPERATOR)) {
            List<TimeRange> duties = rota.assignments().stream().filter(a -> a.post() == post).map(Assignment::duty)
                    .sorted(Comparator.comparing(TimeRange::start)).toList();
            Instant covered = rota.horizon().start();
            for (TimeRange d : duties) {
                assertTrue(!d.start().isAfter(covered), post + " uncovered from " + covered);
                covered = d.end().isAfter(covered) ? d.end() : covered;
            }
            assertTrue(!covered.isBefore(rota.horizon().end()));
        }
        assertEquals(rota.assignments().size(), figure("shifts.rota.assignments"));
        assertEquals(0, figure("shifts.rota.gaps"));
        assertTrue(rota.assignments().stream().noneMatch(a -> centre.people().get(a.person()).name().equals("Xu Tao")
                && a.duty().overlaps(ShiftsWeek.WEEKEND_LEAVE)), "nobody is rostered on approved leave");
    }

    @Test
    @DisplayName("check-ins and late arrivals are those stored: the two late ones are Wednesday's and Thursday's scenarios")
    void checkIns() {
        List<Attendance> week = shifts.stores().attendances().during(new TimeRange(DemoWeek.START, END));
        List<Attendance> late = week.stream().filter(a -> a.checkedIn().isAfter(a.duty().start())).toList();
        assertEquals(week.size(), figure("shifts.checkIns"));
        assertEquals(late.size(), figure("shifts.lateArrivals"));
        assertEquals(List.of(ShiftsWeek.LATE_SHIFT, ShiftsWeek.NO_SHOW_SHIFT), late.stream().map(a -> a.duty().start()).sorted().toList());
        assertEquals(week.stream().filter(a -> !a.checkedIn().isAfter(a.duty().start().minus(Duration.ofMinutes(10)))).count(),
                figure("shifts.onTime"));
        assertEquals(late.size(), figure("shifts.attendance.lateArrivals"));
    }

    @Test
    @DisplayName("every signed handover is counted; the one discrepancy is Friday morning's radio; the two extensions are the late reliefs, each alerting the shift leader rostered then")
    void handoversAndExtensions() {
        var events = centre.events();
        long signed = events.ofType(ShiftsEvent.HandoverSigned.class).stream().filter(e -> !e.occurredAt().isAfter(END)).count();
        assertEquals(signed, figure("shifts.handovers.signed"));
        var withDiscrepancy = shifts.stores().handovers().between(DemoWeek.START, END.plusSeconds(1)).stream()
                .filter(h -> !h.discrepancies().isEmpty()).toList();
        assertEquals(withDiscrepancy.size(), figure("shifts.handovers.discrepancies"));
        assertEquals(ShiftsWeek.DISCREPANCY_AT, withDiscrepancy.get(0).boundary());

        var extended = events.ofType(ShiftsEvent.DutyExtended.class);
        assertEquals(extended.size(), figure("shifts.extensions"));
        assertEquals(List.of(ShiftsWeek.LATE_SHIFT, ShiftsWeek.NO_SHOW_SHIFT), extended.stream().map(ShiftsEvent.DutyExtended::since).toList());
        var alerts = events.ofType(ShiftsEvent.ShiftLeaderAlerted.class);
        assertEquals(alerts.size(), figure("shifts.leaderAlerts"));
        for (var alert : alerts) {
            PersonId rosteredLeader = shifts.rota().at(alert.occurredAt()).stream().filter(a -> a.post() == Role.SHIFT_LEADER)
                    .findFirst().orElseThrow().person();
            assertEquals(rosteredLeader, alert.shiftLeader());
        }
    }

    @Test
    @DisplayName("tours and missed tours are recomputed from the stored tours against the operators' duties")
    void tours() {
        List<WatchTour> tours = shifts.stores().tours().during(new TimeRange(DemoWeek.START, END));
        assertEquals(tours.size(), figure("shifts.tours"));
        assertTrue(tours.stream().noneMatch(t -> ShiftsWeek.MISSED_TOURS.contains(t.at())));
        int missed = 0;
        int gaps = 0;
        for (Assignment a : shifts.rota().assignments()) {
            if (a.post() != Role.OPERATOR) {
                continue;
            }
            List<Instant> marks = new ArrayList<>();
            marks.add(a.duty().start());
            tours.stream().filter(t -> t.operator().equals(a.person()) && !t.at().isBefore(a.duty().start()) && !t.at().isAfter(a.duty().end()))
                    .map(WatchTour::at).forEach(marks::add);
            marks.add(a.duty().end());
            for (int i = 1; i < marks.size(); i++) {
                long minutes = Duration.between(marks.get(i - 1), marks.get(i)).toMinutes();
                if (minutes > 30) {
                    gaps++;
                    missed += (int) ((minutes - 1) / 30);
                }
            }
        }
        assertEquals(gaps, figure("shifts.tourGaps"));
        assertEquals(missed, figure("shifts.missedTours"));
        assertEquals(missed, figure("shifts.attendance.missedTours"));
        assertTrue(missed >= 3, "Tuesday night's stretch misses at least three tours");
    }

    @Test
    @DisplayName("the duty log, cleaning, reminders, moves and escalations match what happened")
    void records() {
        var events = centre.events();
        assertEquals(events.ofType(ShiftsEvent.DutyLogWritten.class).size(), figure("shifts.log.entries"));
        assertEquals(events.ofType(ShiftsEvent.DutyLogWritten.class).stream().filter(e -> e.corrects() != null).count(),
                figure("shifts.log.corrections"));
        int shiftsOfTheWeek = shifts.rota().shifts().size();
        assertEquals(shiftsOfTheWeek - 1, figure("shifts.cleaning.recorded"));
        assertEquals(1, figure("shifts.cleaning.missing"));
        assertEquals(events.ofType(ShiftsEvent.ShiftReminderDue.class).size(), figure("shifts.reminders"));
        assertEquals(events.ofType(ShiftsEvent.ShiftMoved.class).size(), figure("shifts.moves"));
        assertEquals(1, figure("shifts.substitutions"));
        assertEquals(figure("shifts.escalation.checks"), figure("shifts.escalation.toShiftLeader"));
        assertEquals(DemoWeek.LENGTH.toHours(), figure("shifts.escalation.checks"));
        assertEquals(0, figure("shifts.attendance.absences"));
        assertTrue(report.render().contains("Duty shifts"));
    }
}
