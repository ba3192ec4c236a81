package io.watchfloor.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Shared kernel")
class KernelTest {

    @Test
    @DisplayName("new ids are version-7 UUIDs that sort in the order they were made")
    void uuidV7() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(UuidV7.next());
        }
        List<UUID> sorted = new ArrayList<>(ids);
        sorted.sort(java.util.Comparator.comparing(UUID::toString));
        assertEquals(ids, sorted);
        assertTrue(ids.stream().allMatch(id -> id.version() == 7 && id.variant() == 2));
        long millis = UuidV7.unixMillis(ids.get(0));
        assertTrue(Math.abs(millis - System.currentTimeMillis()) < 60_000);
    }

    @Test
    @DisplayName("a rule violation reads 'RULE-ID: sentence' and refuses a malformed rule ID")
    void ruleViolation() {
        RuleViolation v = new RuleViolation("DEMO-06", "the return window of 1 h closed at 10:42");
        assertEquals("DEMO-06: the return window of 1 h closed at 10:42", v.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RuleViolation("case six", "x"));
    }

    @Test
    @DisplayName("pages slice a listing and know whether another page follows")
    void paging() {
        Page<Integer> second = Page.of(List.of(1, 2, 3, 4, 5), new PageRequest(1, 2));
        assertEquals(List.of(3, 4), second.items());
        assertTrue(second.hasNext());
        assertEquals(List.of(5), Page.of(List.of(1, 2, 3, 4, 5), second.request().next()).items());
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 10));
    }

    @Test
    @DisplayName("a time range is half-open and its end must follow its start")
    void timeRange() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        TimeRange r = new TimeRange(t, t.plusSeconds(60));
        assertTrue(r.contains(t));
        assertTrue(!r.contains(t.plusSeconds(60)));
        assertTrue(r.overlaps(new TimeRange(t.plusSeconds(59), t.plusSeconds(120))));
        assertTrue(!r.overlaps(new TimeRange(t.plusSeconds(60), t.plusSeconds(120))));
        assertThrows(IllegalArgumentException.class, () -> new TimeRange(t, t));
    }

    @Test
    @DisplayName("versions start new at 0 and only move forward")
    void versions() {
        assertTrue(Version.NEW.isNew());
        assertEquals(new Version(1), Version.NEW.next());
        assertThrows(IllegalArgumentException.class, () -> new Version(-1));
    }
}
