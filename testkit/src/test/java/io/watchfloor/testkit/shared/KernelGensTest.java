package io.watchfloor.testkit.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.shared.UuidV7;
import io.watchfloor.shared.WorkingCalendar;
import io.watchfloor.shared.WorkingCalendar.Hours;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Kernel generators give valid values within their documented ranges")
class KernelGensTest {

    @Test
    @DisplayName("ids are version-7 UUIDs whose time lies between 2020 and 2036")
    void ids() {
        Property.forAll(KernelGens.uuids()).tries(500).check(id -> {
            assertEquals(7, id.version());
            assertEquals(2, id.variant());
            long millis = UuidV7.unixMillis(id);
            assertTrue(millis >= KernelGens.EARLIEST.toEpochMilli() && millis <= KernelGens.LATEST.toEpochMilli());
        });
        Property.forAll(KernelGens.caseIds(), KernelGens.cameraIds(), KernelGens.incidentIds()).tries(50)
                .checkThat((c, camera, incident) -> c.value().version() == 7 && camera.value().version() == 7);
    }

    @Test
    @DisplayName("instants, durations and time ranges keep their bounds")
    void time() {
        Property.forAll(KernelGens.instants()).tries(500)
                .checkThat(t -> !t.isBefore(KernelGens.EARLIEST) && !t.isAfter(KernelGens.LATEST));
        Duration max = Duration.ofHours(72);
        Property.forAll(KernelGens.durations(max)).tries(500).checkThat(d -> !d.isNegative() && d.compareTo(max) <= 0);
        Property.forAll(KernelGens.timeRanges(Duration.ofDays(2))).tries(500)
                .checkThat(range -> range.length().compareTo(Duration.ofSeconds(1)) >= 0
                        && range.length().compareTo(Duration.ofDays(2)) <= 0);
        Property.forAll(KernelGens.versions()).tries(200).checkThat(v -> v.value() >= 0 && v.value() <= 1000);
    }

    @Test
    @DisplayName("instants near transitions lie within their window around a change of offset")
    void nearTransitions() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Property.forAll(KernelGens.instantsNearTransitions(berlin, Duration.ofHours(48), Duration.ofHours(2)))
                .tries(500)
                .check(t -> {
                    Instant next = berlin.getRules().nextTransition(t.minus(Duration.ofHours(2)).minusNanos(1)).getInstant();
                    Duration until = Duration.between(t, next);
                    assertTrue(until.compareTo(Duration.ofHours(-2)) >= 0 && until.compareTo(Duration.ofHours(48)) <= 0,
                            t + " is " + until + " before the change at " + next);
                });
    }

    @Test
    @DisplayName("day hours are sorted, do not overlap, and keep their count")
    void dayHours() {
        Property.forAll(KernelGens.dayHours(0, 4)).tries(500).check(day -> {
            assertTrue(day.size() <= 4);
            for (int i = 1; i < day.size(); i++) {
                Hours before = day.get(i - 1);
                assertFalse(before.end().equals(LocalTime.MIDNIGHT), "only the last period may end at 24:00");
                assertTrue(before.end().isBefore(day.get(i).start()), day.toString());
            }
        });
        Property.forAll(KernelGens.hours()).tries(200).checkThat(h -> h.end().equals(LocalTime.MIDNIGHT)
                || h.end().isAfter(h.start()));
    }

    @Test
    @DisplayName("calendars have hours on at least one weekday, come in DST and non-DST zones, with holidays and make-up days")
    void calendars() {
        Set<ZoneId> zones = new HashSet<>();
        Property.forAll(KernelGens.calendars()).tries(500)
                .requireShare("has a holiday", 0.2)
                .requireShare("has a make-up day", 0.2)
                .requireShare("has a round-the-clock day", 0.2)
                .check(calendar -> {
                    assertTrue(calendar.weekly().values().stream().anyMatch(hours -> !hours.isEmpty()));
                    assertTrue(calendar.exceptions().size() <= 8);
                    zones.add(calendar.zone());
                    Property.classify(calendar.exceptions().containsValue(List.of()), "has a holiday");
                    Property.classify(calendar.exceptions().values().stream().anyMatch(h -> !h.isEmpty()),
                            "has a make-up day");
                    Property.classify(calendar.weekly().containsValue(List.of(Hours.ALL_DAY)),
                            "has a round-the-clock day");
                });
        assertTrue(zones.containsAll(Set.of(ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Shanghai"), ZoneId.of("UTC"))),
                zones.toString());
        Property.forAll(KernelGens.twentyFourSeven()).tries(50).checkThat(WorkingCalendar::isAlwaysOpen);
    }

    @Test
    @DisplayName("instants for a calendar often fall on the edges of its working periods")
    void instantsForACalendar() {
        Property.forAll(KernelGens.calendars(Gens.constant(ZoneId.of("Asia/Shanghai"))).flatMap(calendar ->
                        KernelGens.instantsFor(calendar).map(t -> calendar.windowsOn(t.atZone(calendar.zone()).toLocalDate())
                                .stream().anyMatch(w -> w.start().equals(t) || w.end().equals(t)))))
                .tries(500)
                .requireShare("on an edge", 0.03)
                .check(onEdge -> Property.classify(onEdge, "on an edge"));
    }
}
