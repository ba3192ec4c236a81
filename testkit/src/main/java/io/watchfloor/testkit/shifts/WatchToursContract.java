package io.watchfloor.testkit.shifts;

import static io.watchfloor.testkit.shifts.ShiftsContractFixtures.MONDAY_8AM;
import static io.watchfloor.testkit.shifts.ShiftsContractFixtures.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.people.PersonId;
import io.watchfloor.shifts.WatchTour;
import io.watchfloor.shifts.port.out.WatchTours;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link WatchTours} adapter must do. Extend it and supply a fresh, empty store per test. */
public abstract class WatchToursContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract WatchTours newWatchTours();

    @Test
    @DisplayName("tours are listed by time within a range, half-open")
    void during() {
        WatchTours tours = newWatchTours();
        PersonId li = PersonId.newId();
        WatchTour second = new WatchTour(li, MONDAY_8AM.plus(Duration.ofMinutes(30)), WatchTour.Source.PLATFORM, "");
        WatchTour first = new WatchTour(li, MONDAY_8AM, WatchTour.Source.MANUAL, "gate 3 dark");
        WatchTour outside = new WatchTour(li, MONDAY_8AM.plus(Duration.ofHours(1)), WatchTour.Source.MANUAL, null);
        tours.add(second);
        tours.add(first);
        tours.add(outside);

        assertEquals(List.of(first, second), tours.during(hours(MONDAY_8AM, 1)));
    }
}
