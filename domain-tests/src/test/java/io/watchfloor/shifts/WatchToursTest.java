package io.watchfloor.shifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.port.in.FindTourGaps;
import io.watchfloor.shifts.port.in.RecordWatchTour;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("SHIFT-06")
@DisplayName("SHIFT-06: watch tours at least every 30 min, gaps flagged")
class WatchToursTest {

    private final DutyFixtures week = new DutyFixtures();

    private void tour(String time, WatchTour.Source source) {
        week.centre.shifts.recordWatchTour().record(new RecordWatchTour.Command(week.dayOperator, week.at(time), source, ""));
    }

    @Test
    @DisplayName("tours every 30 min leave no gap; a 45-min stretch misses one tour and a 70-min one two, by the operator on duty")
    void gaps() {
        week.centre.clock.set(week.at("12:00"));
        tour("08:30", WatchTour.Source.MANUAL);
        tour("09:00", WatchTour.Source.PLATFORM);
        tour("09:45", WatchTour.Source.PLATFORM);
        tour("10:55", WatchTour.Source.MANUAL);
        tour("11:25", WatchTour.Source.PLATFORM);

        List<TourGap> gaps = week.centre.shifts.findTourGaps().find(new FindTourGaps.Query(week.at("08:00"), week.at("12:00")));

        assertEquals(List.of(
                new TourGap(week.dayOperator, new TimeRange(week.at("09:00"), week.at("09:45")), 1),
                new TourGap(week.dayOperator, new TimeRange(week.at("09:45"), week.at("10:55")), 2),
                new TourGap(week.dayOperator, new TimeRange(week.at("11:25"), week.at("12:00")), 1)), gaps);
    }

    @Test
    @DisplayName("a tour by someone not on duty as operator is refused; a tour in the future names the field at")
    void refused() {
        week.centre.clock.set(week.at("12:00"));

        RuleViolation offDuty = assertThrows(RuleViolation.class, () -> week.centre.shifts.recordWatchTour().record(
                new RecordWatchTour.Command(week.eveningOperator, week.at("11:00"), WatchTour.Source.MANUAL, "")));
        InvalidCommand future = assertThrows(InvalidCommand.class, () -> tour("12:30", WatchTour.Source.MANUAL));

        assertEquals("SHIFT-06", offDuty.ruleId());
        assertEquals("at", future.errors().get(0).field());
        assertTrue(week.centre.stores.tours().during(new TimeRange(week.at("00:00"), week.at("23:00"))).isEmpty());
    }

    @Test
    @DisplayName("the missed tours of a stretch count whole intervals beyond the first: 30 min none, 30 min 1 s one, 90 min two")
    void missedCount() {
        Duration interval = Duration.ofMinutes(30);
        assertEquals(0, TourGap.missed(Duration.ofMinutes(30), interval));
        assertEquals(1, TourGap.missed(Duration.ofMinutes(30).plusSeconds(1), interval));
        assertEquals(2, TourGap.missed(Duration.ofMinutes(90), interval));
    }
}
