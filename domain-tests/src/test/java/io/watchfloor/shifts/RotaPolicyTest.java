package io.watchfloor.shifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.Role;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("SHIFT-01")
@Tag("SHIFT-02")
@Tag("SHIFT-03")
@Tag("SHIFT-06")
@Tag("SHIFT-10")
@DisplayName("The rota policy holds the catalogue's numbers as configurable, checked fields")
class RotaPolicyTest {

    @Test
    @DisplayName("the defaults are the catalogue's: 3 x 8 h, one operator and one shift leader, 8 h rest, 16 h duty, 10 min, 30 min, 8 h")
    void defaults() {
        RotaPolicy policy = RotaPolicy.defaults(ZoneId.of("Asia/Shanghai"));

        assertEquals(3, policy.templates().size());
        assertTrue(policy.templates().stream().allMatch(t -> t.on(java.time.LocalDate.of(2026, 11, 23), policy.zone()).length().equals(Duration.ofHours(8))));
        assertEquals(Map.of(Role.SHIFT_LEADER, 1, Role.OPERATOR, 1), policy.minimumStaffing());
        assertEquals(Duration.ofHours(8), policy.minimumRest());
        assertEquals(Duration.ofHours(16), policy.maximumContinuousDuty());
        assertEquals(Duration.ofMinutes(10), policy.arriveBefore());
        assertEquals(Duration.ofMinutes(30), policy.tourInterval());
        assertEquals(Duration.ofHours(8), policy.soberBefore());
    }

    @Test
    @DisplayName("impossible values are refused naming the field: no staff on a post, a negative rest, no shifts, a shift of no length")
    void refused() {
        RotaPolicy policy = RotaPolicy.defaults(ZoneId.of("Europe/Berlin"));

        assertTrue(assertThrows(IllegalArgumentException.class, () -> policy.withMinimumStaffing(Map.of(Role.OPERATOR, 0)))
                .getMessage().contains("minimum staffing of operator"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> policy.withLimits(Duration.ofHours(-1), Duration.ofHours(16)))
                .getMessage().startsWith("minimumRest"));
        assertThrows(IllegalArgumentException.class, () -> policy.withTemplates(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ShiftTemplate("x", LocalTime.of(8, 0), LocalTime.of(8, 0)));
        assertEquals(Duration.ofHours(24), new ShiftTemplate("day", LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .on(java.time.LocalDate.of(2026, 11, 23), ZoneId.of("Asia/Shanghai")).length());
    }
}
