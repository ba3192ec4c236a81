package io.watchfloor.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Working time (工作时) and continuous time (紧急工作时) deadlines")
@Tag("CASE-17")
class DeadlineBasisTest {

    private final CaseWorld w = new CaseWorld();

    @Test
    @DisplayName("a working-time category counts only the department's hours: 8 h from Friday 16:00 ends Monday 16:30, the 80 % warning Monday 14:54")
    void workingTimeSkipsNightsAndWeekends() {
        w.clock.set(CaseWorld.at(2026, 11, 27, 16, 0));
        Case c = w.dispatched("ROAD");

        assertEquals(CaseWorld.at(2026, 11, 30, 16, 30), c.handlingDeadline().orElseThrow());
        assertEquals(CaseWorld.at(2026, 11, 30, 14, 54), c.warningAt().orElseThrow());
    }

    @Test
    @DisplayName("a continuous-time category counts every minute: 2 h from Friday 23:00 ends Saturday 01:00")
    void continuousTimeCountsEveryMinute() {
        w.clock.set(CaseWorld.at(2026, 11, 27, 23, 0));
        Case c = w.dispatched("LITTER");

        assertEquals(CaseWorld.at(2026, 11, 28, 1, 0), c.handlingDeadline().orElseThrow());
    }

    @Test
    @DisplayName("a category's deadline must be positive and its codes unique")
    void categoriesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new CaseCategory("X", "x", w.roads.id(), Duration.ZERO, TimeBasis.WORKING));
        CaseCategory road = w.policy.category("ROAD").orElseThrow();
        assertEquals(TimeBasis.WORKING, road.basis());
        assertEquals(2, w.policy.withCategory(road).categories().size());
    }
}
